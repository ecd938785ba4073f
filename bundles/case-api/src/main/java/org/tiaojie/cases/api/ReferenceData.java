package org.tiaojie.cases.api;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Optional;

/** Master data kept in configuration: the county's townships and the case taxonomy. */
@ProviderType
public interface ReferenceData {

    /** Townships of the county, ordered by code. */
    List<Township> townships();

    Optional<Township> township(String code);

    /** The case taxonomy, in configured order. */
    List<Category> categories();

    /** The villages and neighbourhoods of a township, by code; empty for an unknown township. */
    List<Village> villages(String township);

    Optional<Category> category(String code);
}
