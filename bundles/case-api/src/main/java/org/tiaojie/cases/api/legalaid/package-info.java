/**
 * Legal aid — 法律援助 (《法律援助法》 2021): applications, the means test, decisions, objections, the
 * assignment of lawyers and legal workers, and the outcome of the aided matter. Implemented by the
 * legal-aid plug-in, which keeps its own records; the web services reach it through {@link
 * org.tiaojie.cases.api.legalaid.LegalAidService} while it is installed.
 */
@Version("2.0.0")
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(type = java.time.Instant.class, value = InstantXmlAdapter.class),
        @XmlJavaTypeAdapter(type = java.time.LocalDate.class, value = LocalDateXmlAdapter.class)
})
@XmlSchema(namespace = "http://tiaojie.org/legalaid/v1", elementFormDefault = XmlNsForm.QUALIFIED)
package org.tiaojie.cases.api.legalaid;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import org.osgi.annotation.versioning.Version;
import org.tiaojie.cases.api.InstantXmlAdapter;
import org.tiaojie.cases.api.LocalDateXmlAdapter;
