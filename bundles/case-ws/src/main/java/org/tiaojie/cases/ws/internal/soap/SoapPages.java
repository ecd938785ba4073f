package org.tiaojie.cases.ws.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlTransient;
import javax.xml.bind.annotation.XmlType;

import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.legalaid.Application;
import org.tiaojie.cases.api.mediation.Dispute;
import org.tiaojie.cases.api.mediation.MediationRecord;

/**
 * One page of a listing over SOAP: the same paging contract as REST's {@code Page} (zero-based page, size,
 * total), with the items typed so the WSDL describes them.
 */
public final class SoapPages {
    private SoapPages() {
    }

    /** What every page carries besides its items. */
    @XmlTransient
    @XmlAccessorType(XmlAccessType.FIELD)
    public abstract static class Paging {
        int page;
        int size;
        long total;

        void from(Page<?> p) {
            page = p.getPage();
            size = p.getSize();
            total = p.getTotal();
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "recordPage", propOrder = {"items", "page", "size", "total"})
    public static class RecordPage extends Paging {
        @XmlElement(name = "record")
        List<MediationRecord> items = new ArrayList<>();

        static RecordPage of(Page<MediationRecord> p) {
            RecordPage r = new RecordPage();
            r.items = new ArrayList<>(p.getItems());
            r.from(p);
            return r;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "casePage", propOrder = {"items", "page", "size", "total"})
    public static class CasePage extends Paging {
        @XmlElement(name = "case")
        List<CaseView> items = new ArrayList<>();

        static CasePage of(Page<CaseView> p) {
            CasePage r = new CasePage();
            r.items = new ArrayList<>(p.getItems());
            r.from(p);
            return r;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "disputePage", propOrder = {"items", "page", "size", "total"})
    public static class DisputePage extends Paging {
        @XmlElement(name = "dispute")
        List<Dispute> items = new ArrayList<>();

        static DisputePage of(Page<Dispute> p) {
            DisputePage r = new DisputePage();
            r.items = new ArrayList<>(p.getItems());
            r.from(p);
            return r;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "applicationPage", propOrder = {"items", "page", "size", "total"})
    public static class ApplicationPage extends Paging {
        @XmlElement(name = "application")
        List<Application> items = new ArrayList<>();

        static ApplicationPage of(Page<Application> p) {
            ApplicationPage r = new ApplicationPage();
            r.items = new ArrayList<>(p.getItems());
            r.from(p);
            return r;
        }
    }
}
