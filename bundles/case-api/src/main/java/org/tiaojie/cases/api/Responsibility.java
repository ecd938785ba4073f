package org.tiaojie.cases.api;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Who answers for a case once it is dispatched — 四定/六定: lead unit, cooperating units, responsible
 * leader, handler, supervising unit, the handling requirement and the limit.
 */
@XmlType(name = "responsibility")
@Schema(description = "Who answers for a case once it is dispatched — 四定/六定: lead unit, cooperating units, "
        + "responsible leader, handler, supervising unit, the handling requirement and the limit.")
public class Responsibility {
    private String leadUnit;
    private List<String> cooperatingUnits = new ArrayList<>();
    private String responsibleLeader;
    private String handler;
    private String handlerUserId;
    private String responsibleLeaderUserId;
    private String supervisingUnit;
    private String requirement;
    private HandlingClass handlingClass;

    @Schema(maxLength = 100, description = "牵头/责任单位 (a department code or the name of a body); required on dispatch")
    public String getLeadUnit() {
        return leadUnit;
    }

    public void setLeadUnit(String leadUnit) {
        this.leadUnit = leadUnit;
    }

    @ArraySchema(maxItems = 20, arraySchema = @Schema(description = "配合单位"), schema = @Schema(maxLength = 100))
    public List<String> getCooperatingUnits() {
        return cooperatingUnits;
    }

    public void setCooperatingUnits(List<String> cooperatingUnits) {
        this.cooperatingUnits = cooperatingUnits == null ? new ArrayList<>() : new ArrayList<>(cooperatingUnits);
    }

    @Schema(maxLength = 50, description = "包案/责任领导; required on dispatch")
    public String getResponsibleLeader() {
        return responsibleLeader;
    }

    public void setResponsibleLeader(String responsibleLeader) {
        this.responsibleLeader = responsibleLeader;
    }

    @Schema(maxLength = 50, description = "责任人 (承办人); required on dispatch")
    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    @Schema(maxLength = 64, description = "The handler's login name, when the handler works on the platform: the case "
            + "is then on that user's own worklist (scope MINE). Without it the case is on the unit's worklist only.")
    public String getHandlerUserId() {
        return handlerUserId;
    }

    public void setHandlerUserId(String handlerUserId) {
        this.handlerUserId = handlerUserId;
    }

    @Schema(maxLength = 64, description = "The responsible leader's login name, when the leader works on the "
            + "platform: the case is then on the leader's own worklist too (scope MINE).")
    public String getResponsibleLeaderUserId() {
        return responsibleLeaderUserId;
    }

    public void setResponsibleLeaderUserId(String responsibleLeaderUserId) {
        this.responsibleLeaderUserId = responsibleLeaderUserId;
    }

    @Schema(maxLength = 100, description = "督办单位")
    public String getSupervisingUnit() {
        return supervisingUnit;
    }

    public void setSupervisingUnit(String supervisingUnit) {
        this.supervisingUnit = supervisingUnit;
    }

    @Schema(maxLength = 2000, description = "办理要求: what the lead unit must do and report")
    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    @Schema(description = "Local practice class of the case (大案/一般/急案); null: the statutory limit")
    public HandlingClass getHandlingClass() {
        return handlingClass;
    }

    public void setHandlingClass(HandlingClass handlingClass) {
        this.handlingClass = handlingClass;
    }
}
