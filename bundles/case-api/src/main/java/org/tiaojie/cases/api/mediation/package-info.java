/**
 * Mediation — 三调联动: people's, administrative and judicial mediation. Each channel is a plug-in that
 * implements {@link org.tiaojie.cases.api.spi.MediationChannel} and keeps its own records; the web services
 * reach whichever channels are live.
 */
@Version("3.0.0")
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(type = java.time.Instant.class, value = InstantXmlAdapter.class),
        @XmlJavaTypeAdapter(type = java.time.LocalDate.class, value = LocalDateXmlAdapter.class)
})
@XmlSchema(namespace = "http://tiaojie.org/mediation/v1", elementFormDefault = XmlNsForm.QUALIFIED)
package org.tiaojie.cases.api.mediation;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import org.osgi.annotation.versioning.Version;
import org.tiaojie.cases.api.InstantXmlAdapter;
import org.tiaojie.cases.api.LocalDateXmlAdapter;
