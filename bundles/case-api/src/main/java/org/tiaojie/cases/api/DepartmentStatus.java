package org.tiaojie.cases.api;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A department plug-in as one township has it — 部门上线状态: installed in the platform, enabled for the
 * township by configuration, and live (its intake registered and receiving cases).
 */
@XmlType(name = "departmentStatus")
@Schema(description = "A department plug-in as one township has it — 部门上线状态: installed, enabled for the township, live.")
public class DepartmentStatus {
    private String township;
    private String department;
    private String displayName;
    private boolean installed;
    private boolean enabled;
    private boolean live;
    private Integer handlingDays;
    private List<String> categories = new ArrayList<>();

    @Schema(description = "Township code.")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "Department code, e.g. `forestry`.")
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    @Schema(description = "zh-CN name, e.g. 林业站, once the department has been live somewhere; else the code.")
    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    @Schema(description = "The department's bundle is installed and started (its feature is installed).")
    public boolean isInstalled() {
        return installed;
    }

    public void setInstalled(boolean installed) {
        this.installed = installed;
    }

    @Schema(description = "A configuration enables it for this township.")
    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Schema(description = "Its intake is registered for this township and new cases are routed to it. Follows "
            + "`enabled` within a moment; poll until it does.")
    public boolean isLive() {
        return live;
    }

    public void setLive(boolean live) {
        this.live = live;
    }

    @Schema(description = "The handling limit the township configured, when enabled (statutory maximum 60).")
    public Integer getHandlingDays() {
        return handlingDays;
    }

    public void setHandlingDays(Integer handlingDays) {
        this.handlingDays = handlingDays;
    }

    @Schema(description = "Category codes it takes, when live.")
    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }
}
