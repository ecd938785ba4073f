package org.tiaojie.itests;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;

import javax.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The e-mail notifier in the booted distribution: with its SMTP server set (here GreenMail, inside the container) and
 * the handler's address in its address book, an overdue case's reminder arrives as one mail naming the case, and the
 * reminder lists the channel's answer beside the trail's. Without a server it answers "not applicable" and the
 * reminder is sent all the same.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EmailNotifierIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String PID = "org.tiaojie.notifier.email";

    @Override
    protected boolean trainingInstallation() {
        return true;
    }

    @Override
    @Configuration
    public Option[] config() {
        Option[] base = super.config();
        Option[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = CoreOptions.mavenBundle("com.icegreen", "greenmail", System.getProperty("greenmail.version"));
        return all;
    }

    private String overdueCase() throws Exception {
        JsonNode ack = json(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"LAND_ACQUISITION\",\"petitioners\":[{\"name\":\"邮件甲\",\"phone\":\"" + uniquePhone()
                + "\"}],\"content\":\"征地补偿款未足额发放\",\"departmentFields\":{\"landLocation\":\"河西村三组东侧\"}}"), 201);
        String id = ack.get("caseId").asText();
        json(post("/api/v1/cases/" + id + "/steps", "clerk", TYPE, "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}"), 200);
        JsonNode dispatched = json(post("/api/v1/cases/" + id + "/steps", "clerk", TYPE, "{\"action\":\"DISPATCH\","
                + "\"responsibility\":{\"leadUnit\":\"国土所\",\"responsibleLeader\":\"李副镇长\",\"handler\":\"赵干事\","
                + "\"handlerUserId\":\"handler\"}}"), 200);
        LocalDate due = LocalDate.parse(dispatched.get("nextDeadline").get("dueDate").asText());
        json(send("PUT", "/api/v1/clock", "operator", "{\"now\":\"" + due.plusDays(1) + "T09:00:00+08:00\"}"), 200);
        return id;
    }

    private JsonNode reminderOf(String id) throws Exception {
        json(post("/api/v1/reminders/run", "operator", TYPE, ""), 200);
        JsonNode list = json(get("/api/v1/reminders?caseId=" + id, "supervisor"), 200);
        assertEquals(list.toString(), 1, list.get("total").asLong());
        return list.get("items").get(0);
    }

    @Test
    public void anOverdueReminderArrivesByMailAndWithoutAServerIsNotApplicable() throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        waitFor("the supervision plug-in", () -> status("/api/v1/reminders", "supervisor") == 200);
        ConfigurationAdmin admin = service(ConfigurationAdmin.class);

        // As shipped: no server, so no mail — and the reminder goes out through the trail all the same.
        String first = overdueCase();
        JsonNode unsent = reminderOf(first);
        assertTrue(unsent.toString(), unsent.get("deliveries").toString().contains("email: NOT_APPLICABLE"));
        assertTrue(unsent.toString(), unsent.get("deliveries").toString().contains("trail: DELIVERED"));

        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            org.osgi.service.cm.Configuration config = admin.getConfiguration(PID, null);
            Dictionary<String, Object> p = new Hashtable<>();
            p.put("smtp.host", "127.0.0.1");
            p.put("smtp.port", String.valueOf(smtp.getSmtp().getPort()));
            p.put("smtp.security", "none");
            p.put("from", "tiaojie@county.example");
            p.put("person.handler", "zhao@county.example");
            p.put("unit.341122101.land", "guotusuo@county.example");
            p.put("person.probe", "probe@county.example");
            config.update(p);
            // Config Admin hands the settings over asynchronously: a notice to the probe's address says when.
            org.tiaojie.cases.api.spi.Notifier email = bundleContext.getService(bundleContext.getServiceReferences(
                    org.tiaojie.cases.api.spi.Notifier.class, "(channel=email)").iterator().next());
            org.tiaojie.cases.api.spi.Notice probe = new org.tiaojie.cases.api.spi.Notice();
            probe.setId("probe");
            probe.setKind("PROBE");
            probe.setPerson("probe");
            probe.setSubject("probe");
            probe.setBody("probe");
            waitFor("the SMTP settings", () -> email.deliver(probe).outcome()
                    == org.tiaojie.cases.api.spi.Delivery.Outcome.DELIVERED);

            String second = overdueCase();
            String number = json(get("/api/v1/cases/" + second, "clerk"), 200).get("caseNumber").asText();
            // The settings reach the notifier asynchronously: the reminder names what the channel answered.
            JsonNode sent = reminderOf(second);
            assertTrue(sent.toString(), sent.get("deliveries").toString().contains("email: DELIVERED"));
            assertTrue("the probe, and a mail for the handler and one for the land office",
                    smtp.waitForIncomingEmail(20_000, 3));
            MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getSubject().contains(number);
                        } catch (javax.mail.MessagingException e) {
                            return false;
                        }
                    }).findFirst().orElseThrow();
            assertTrue(mail.getSubject(), mail.getSubject().startsWith("【超期督办】"));
            assertEquals("<" + sent.get("id").asText() + "@tiaojie>", mail.getMessageID());
            // javax.mail finds activation's text handler through the context class loader (as the notifier does).
            ClassLoader own = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(javax.mail.Session.class.getClassLoader());
            String text;
            try {
                text = String.valueOf(mail.getContent());
            } finally {
                Thread.currentThread().setContextClassLoader(own);
            }
            assertTrue(text, text.contains(number) && text.contains("超期"));
            assertTrue("no personal data in a mail", !text.contains("邮件甲"));
        } finally {
            smtp.stop();
        }
    }
}
