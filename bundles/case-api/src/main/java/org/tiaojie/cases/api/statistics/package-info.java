/**
 * Statistics — 统计: the figures the counties publish, counted by the dates of the events (a past period's figure does
 * not change when later steps are recorded), each one drilling through to the records it counts. Every module that
 * offers figures publishes a {@link org.tiaojie.cases.api.statistics.FigureSource}; the statistics plug-in adds them
 * up ({@link org.tiaojie.cases.api.statistics.StatisticsService}); a module that computes rates (a numerator over a
 * denominator, each with its definition) publishes a {@link org.tiaojie.cases.api.statistics.RateSource}.
 */
@Version("1.1.0")
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(type = java.time.Instant.class, value = InstantXmlAdapter.class),
        @XmlJavaTypeAdapter(type = java.time.LocalDate.class, value = LocalDateXmlAdapter.class)
})
@XmlSchema(namespace = "http://tiaojie.org/statistics/v1", elementFormDefault = XmlNsForm.QUALIFIED)
package org.tiaojie.cases.api.statistics;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import org.osgi.annotation.versioning.Version;
import org.tiaojie.cases.api.InstantXmlAdapter;
import org.tiaojie.cases.api.LocalDateXmlAdapter;
