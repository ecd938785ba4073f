package org.tiaojie.department.petition.internal;

import java.util.List;
import java.util.Set;

import org.tiaojie.cases.api.spi.ConfiguredDepartment;

/**
 * Intake of the township petition office itself — 信访办: what no functional department takes. One
 * instance per township where it is enabled, created from a factory configuration {@code
 * org.tiaojie.department.petition-<name>.cfg}.
 */
public class PetitionDepartment extends ConfiguredDepartment {

    public PetitionDepartment() {
        super("petition", "信访办", Set.of("VILLAGE_FINANCE", "CADRE_CONDUCT", "OTHER"),
                List.of());
    }
}
