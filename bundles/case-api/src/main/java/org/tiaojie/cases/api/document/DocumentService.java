package org.tiaojie.cases.api.document;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;

/**
 * Documents laid out as an official document (公文格式: issuing body, number, title, addressee, body, date, space for
 * the seal) in .docx, the format township offices edit and print in WPS or Word. Published by the documents plug-in.
 */
@ProviderType
public interface DocumentService {

    /**
     * Issues a document of a case: registered first ({@link DocumentRegister#issue}: numbered, in the trail), then
     * laid out from the case as it is now.
     *
     * @throws TiaojieException as {@link DocumentRegister#issue}; {@link ErrorCode#SERVICE_UNAVAILABLE} while the
     *                          core is away
     */
    DocumentFile caseDocument(Actor actor, String caseId, DocumentKind kind);

    /**
     * The supervision notice (交办函 / 督办函) as a document to its unit, recorded in its case's trail. A notice about a
     * complaint about an official never names the complainant.
     *
     * @throws TiaojieException {@link ErrorCode#NOT_FOUND} when the notice is absent or not visible;
     *                          {@link ErrorCode#SERVICE_UNAVAILABLE} while supervision is not installed
     */
    DocumentFile noticeDocument(Actor actor, String noticeId);

    /**
     * A week's supervision bulletin (一周一通报) of a township, or of the county when {@code township} is null.
     *
     * @param weekOf any day of the week; null for last week
     * @throws TiaojieException as the bulletin's read; {@link ErrorCode#SERVICE_UNAVAILABLE} while supervision is
     *                          not installed
     */
    DocumentFile bulletinDocument(Actor actor, String township, LocalDate weekOf);
}
