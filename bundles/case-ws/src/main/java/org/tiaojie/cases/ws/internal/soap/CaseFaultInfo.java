package org.tiaojie.cases.ws.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.tiaojie.cases.api.FieldViolation;

/** Fault detail: the same stable code, retry hint and field violations as REST's problem+json. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "caseFaultInfo", namespace = CaseIntakePort.NAMESPACE, propOrder = {"code", "retryable", "violations"})
public class CaseFaultInfo {
    @XmlElement(required = true)
    private String code;
    private boolean retryable;
    @XmlElement(name = "violation")
    private List<FieldViolation> violations = new ArrayList<>();

    public CaseFaultInfo() {
    }

    public CaseFaultInfo(String code, boolean retryable, List<FieldViolation> violations) {
        this.code = code;
        this.retryable = retryable;
        this.violations = new ArrayList<>(violations);
    }

    public String getCode() {
        return code;
    }

    public boolean isRetryable() {
        return retryable;
    }

    public List<FieldViolation> getViolations() {
        return violations;
    }
}
