package org.tiaojie.cases.ws.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.document.DocumentChoice;
import org.tiaojie.cases.api.document.DocumentFile;
import org.tiaojie.cases.api.document.DocumentKind;
import org.tiaojie.cases.api.document.DocumentRegister;
import org.tiaojie.cases.api.document.DocumentService;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** The documents of a case (文书): which can be issued now, and issuing one as .docx. */
@Path("/v1/cases/{id}/documents")
@Tag(name = "documents", description = "Documents (文书) a clerk prints and a petitioner receives, as .docx")
@ApiResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No such case, or not visible (CASE_NOT_FOUND)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DocumentsResource {
    private final DocumentRegister register;
    private final DocumentService documents;

    public DocumentsResource(DocumentRegister register, DocumentService documents) {
        this.register = register;
        this.documents = documents;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "The documents of a case",
            description = "Every kind of document of a case: whether the caller can issue it now (and why not), and "
                    + "those issued so far with their numbers, from the case's trail (DOCUMENT_ISSUED).")
    @ApiResponse(responseCode = "200", description = "One entry per kind",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = DocumentChoice.class))))
    public List<DocumentChoice> choices(@Parameter(description = "case id") @PathParam("id") String id) {
        return register.choices(ActorResolver.current(), id);
    }

    @POST
    @Path("/{kind}")
    @Produces({DocumentFile.DOCX, Problem.MEDIA_TYPE})
    @Operation(summary = "Issue a document of the case (.docx)",
            description = "Numbers the document (e.g. 青信受〔2026〕3号, per township, kind and year, without gaps), records "
                    + "DOCUMENT_ISSUED in the case's trail and returns it laid out as an official document from the "
                    + "case as it is now. A registration slip (clerks of the township only) carries the current query "
                    + "code, a reissued one too; the trail never does. The number is in `X-Document-Number`, "
                    + "percent-encoded UTF-8. Supervision notices are issued from the notice: "
                    + "`POST /v1/supervision/notices/{id}/document`.")
    @ApiResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = DocumentFile.DOCX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "An unknown kind, or one issued elsewhere (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller may not issue that kind (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The case has not reached what the kind needs, e.g. a written "
            + "opinion before there is one (ILLEGAL_TRANSITION)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "The documents plug-in is not installed right now (SERVICE_UNAVAILABLE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@Parameter(description = "case id") @PathParam("id") String id,
                          @Parameter(description = "The kind, e.g. RECEIPT_NOTICE", schema = @Schema(implementation = DocumentKind.class))
                          @PathParam("kind") String kind) {
        DocumentKind k = Params.enumValue("kind", kind, DocumentKind.class);
        return download(documents.caseDocument(ActorResolver.current(), id, k));
    }

    /** A .docx to save: its file name in both forms browsers read, its number in a header. */
    static Response download(DocumentFile f) {
        String ascii = f.getFileName().replaceAll("[^A-Za-z0-9._-]", "");
        return Response.ok(f.getContent(), DocumentFile.DOCX)
                .header("Content-Disposition", "attachment; filename=\"" + (ascii.isEmpty() ? "document.docx" : ascii)
                        + "\"; filename*=UTF-8''" + encode(f.getFileName()))
                .header("X-Document-Number", encode(f.getNumber()))
                .header("X-Document-Kind", f.getKind().name())
                .build();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
