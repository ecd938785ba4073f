/**
 * Supervision — 督查督办: reminders of the time limits every module keeps, and (as it grows) supervision notices,
 * return visits, accountability and the weekly bulletin. Published by the supervision plug-in.
 */
@Version("1.1.0")
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(type = java.time.Instant.class, value = InstantXmlAdapter.class),
        @XmlJavaTypeAdapter(type = java.time.LocalDate.class, value = LocalDateXmlAdapter.class)
})
@XmlSchema(namespace = "http://tiaojie.org/supervision/v1", elementFormDefault = XmlNsForm.QUALIFIED)
package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import org.osgi.annotation.versioning.Version;
import org.tiaojie.cases.api.InstantXmlAdapter;
import org.tiaojie.cases.api.LocalDateXmlAdapter;
