package org.tiaojie.cases.ws.internal.rest;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.QueryParam;

import io.swagger.v3.oas.annotations.Parameter;

import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;

/**
 * The period, breakdown and filters of a statistics request, as query parameters (one set for every operation). The
 * fields are public because the OpenAPI generator documents a bean parameter by its public fields.
 */
public class FigureParams {
    @Parameter(description = "First day (yyyy-MM-dd)", required = true)
    @QueryParam("from")
    public String from;

    @Parameter(description = "Last day, included (yyyy-MM-dd)", required = true)
    @QueryParam("to")
    public String to;

    @Parameter(description = "Dimensions, comma-separated, e.g. TOWNSHIP,CATEGORY (a list of records: ignored)")
    @QueryParam("by")
    public String by;

    @Parameter(description = "Only this township")
    @QueryParam("township")
    public String township;

    @Parameter(description = "Only this category")
    @QueryParam("category")
    public String category;

    @Parameter(description = "Only this petition form")
    @QueryParam("petitionForm")
    public String petitionForm;

    @Parameter(description = "Only this source (来源)")
    @QueryParam("source")
    public String source;

    @Parameter(description = "Only this nature")
    @QueryParam("nature")
    public String nature;

    @Parameter(description = "Only this department")
    @QueryParam("department")
    public String department;

    /** The query; with the breakdown for a table, without it for the records behind a figure. */
    FigureQuery query(boolean breakdown) {
        FigureQuery q = new FigureQuery();
        q.setFrom(Params.date("from", from));
        q.setTo(Params.date("to", to));
        List<Dimension> dimensions = new ArrayList<>();
        if (breakdown && by != null && !by.isBlank()) {
            for (String d : by.split(",", -1)) {
                Dimension dimension = Params.enumValue("by", d, Dimension.class);
                if (dimension == null) {
                    throw ValidationException.of("by", FieldViolation.INVALID_FORMAT, "dimensions separated by commas");
                }
                dimensions.add(dimension);
            }
        }
        q.setBy(dimensions);
        q.setTownship(Params.text(township));
        q.setCategory(Params.text(category));
        q.setPetitionForm(Params.text(petitionForm));
        q.setSource(Params.text(source));
        q.setNature(Params.text(nature));
        q.setDepartment(Params.text(department));
        return q;
    }
}
