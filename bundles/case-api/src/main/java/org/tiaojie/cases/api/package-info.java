/**
 * The Tiaojie case contract: what staff and plug-ins may ask of the case core.
 *
 * <p>DTOs here are plain beans so that the same types serve REST (JSON) and SOAP (JAXB).
 * Timestamps are {@link java.time.Instant}, dates {@link java.time.LocalDate}; both travel as ISO-8601 text.
 */
@Version("2.1.0")
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(type = java.time.Instant.class, value = InstantXmlAdapter.class),
        @XmlJavaTypeAdapter(type = java.time.LocalDate.class, value = LocalDateXmlAdapter.class)
})
@XmlSchema(namespace = "http://tiaojie.org/cases/v1", elementFormDefault = XmlNsForm.QUALIFIED)
package org.tiaojie.cases.api;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import org.osgi.annotation.versioning.Version;
