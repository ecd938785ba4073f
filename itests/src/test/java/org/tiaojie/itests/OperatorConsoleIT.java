package org.tiaojie.itests;

import java.util.EnumSet;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The operator's console in the booted distribution: the tiaojie:* commands, run as a logged-in user. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OperatorConsoleIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private String execute(String command, String user, String... roles) throws Exception {
        return console(command, user, roles);
    }

    private String operator(String command) throws Exception {
        return operatorConsole(command);
    }

    private String bureau(String command) throws Exception {
        return console(command, "bureau", "clerk", "county");
    }

    @Test
    public void anOperatorBringsTheForestryStationOnlineFromTheConsole() throws Exception {
        waitForReady();
        String townships = operator("tiaojie:townships");
        assertTrue(townships, townships.contains("341122101") && townships.contains("青山镇") && townships.contains("land"));

        featuresService.installFeature("tiaojie-department-forestry", EnumSet.noneOf(FeaturesService.Option.class));
        waitFor("the forestry bundle installed", () -> {
            try {
                return operator("tiaojie:departments 341122101").contains("forestry");
            } catch (Exception e) {
                return false;
            }
        });
        try {
            execute("tiaojie:department-enable 341122101 forestry", "clerk", "clerk", "township:341122101");
            fail("a clerk may not switch departments");
        } catch (Exception refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("ACCESS_DENIED"));
        }
        assertTrue(operator("tiaojie:department-enable --handling-days 30 341122101 forestry").contains("enabled"));
        waitFor("forestry live", () -> {
            try {
                return operator("tiaojie:departments 341122101").matches("(?s).*forestry\\s*\\|\\s*林业站\\s*\\|\\s*yes\\s*\\|\\s*yes\\s*\\|\\s*yes.*");
            } catch (Exception e) {
                return false;
            }
        });

        // A forest dispute now goes to the forestry station (it sorts before land).
        String ack = post("/api/v1/cases", "clerk", "application/json", "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"FOREST_LAND_DISPUTE\",\"petitioners\":[{\"name\":\"林农\",\"phone\":\"" + uniquePhone()
                + "\"}],\"content\":\"山林界址争议\",\"departmentFields\":{\"forestLocation\":\"后山12林班\"}}").body();
        String caseId = JSON.readTree(ack).get("caseId").asText();
        assertEquals(ack, "forestry", JSON.readTree(ack).get("department").asText());

        assertTrue(operator("tiaojie:department-disable 341122101 forestry").contains("disabled"));
        // Cases are casework: the county bureau's clerk at the console, not the operator, who is refused.
        try {
            operator("tiaojie:cases --queue --township 341122101");
            fail("the operator does not read cases");
        } catch (Exception refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("ACCESS_DENIED"));
        }
        waitFor("the case in the petition office queue", () -> {
            try {
                return bureau("tiaojie:cases --queue --township 341122101").contains(caseId);
            } catch (Exception e) {
                return false;
            }
        });
        String shown = bureau("tiaojie:case " + caseId);
        assertTrue(shown, shown.contains("DEPARTMENT_OFFLINE") && shown.contains("forestry"));
        String reassigned = bureau("tiaojie:case-reassign --note 林业站未上线，国土所代办 " + caseId + " land");
        assertTrue(reassigned, reassigned.contains("ROUTED") && reassigned.contains("land"));
        assertTrue(bureau("tiaojie:cases --department land --township 341122101").contains(caseId));
        String status = JSON.readTree(get("/api/v1/cases/" + caseId, "bureau").body()).get("status").asText();
        assertTrue(bureau("tiaojie:cases --status " + status.toLowerCase(java.util.Locale.ROOT)
                + " --township 341122101").contains(caseId));
        try {
            bureau("tiaojie:cases --status OPEN");
            fail("not a case status");
        } catch (Exception refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("--status OPEN is not one of")
                    && refused.getMessage().contains("DISPATCHED"));
        }
        String help = operator("tiaojie:department-enable --help");
        assertTrue(help, help.contains("--handling-days") && help.contains("unrouted backlog"));
    }
}
