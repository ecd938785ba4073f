/**
 * Documents — 文书: what a clerk prints and a petitioner receives (the registration slip, the notices, the written
 * opinion, the review decisions, the supervision notice, the bulletin). The case core keeps the register of every
 * document issued for a case ({@link org.tiaojie.cases.api.document.DocumentRegister}, numbered and in the case's
 * trail); the documents plug-in lays them out ({@link org.tiaojie.cases.api.document.DocumentService}).
 */
@Version("1.0.0")
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(type = java.time.Instant.class, value = InstantXmlAdapter.class),
        @XmlJavaTypeAdapter(type = java.time.LocalDate.class, value = LocalDateXmlAdapter.class)
})
@XmlSchema(namespace = "http://tiaojie.org/documents/v1", elementFormDefault = XmlNsForm.QUALIFIED)
package org.tiaojie.cases.api.document;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import org.osgi.annotation.versioning.Version;
import org.tiaojie.cases.api.InstantXmlAdapter;
import org.tiaojie.cases.api.LocalDateXmlAdapter;
