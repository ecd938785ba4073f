package org.tiaojie.notifier.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Hashtable;

import javax.mail.Message;
import javax.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.ConfigurationException;
import org.tiaojie.cases.api.spi.Delivery;
import org.tiaojie.cases.api.spi.Notice;

/** The e-mail notifier against an SMTP server in this process (GreenMail, on a free port). */
class EmailNotifierTest {
    private GreenMail smtp;
    private final EmailSettings settings = new EmailSettings();
    private final EmailNotifier notifier = new EmailNotifier(settings);

    @BeforeEach
    void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("smtp.host", "127.0.0.1");
        p.put("smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        p.put("smtp.security", "none");
        p.put("from", "tiaojie@county.example");
        p.put("person.handler", "zhao@county.example");
        p.put("unit.341122101.land", "guotusuo@county.example, zhan@county.example");
        p.put("township.341122101", "xinfangban@county.example");
        settings.updated(p);
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private static Notice notice(boolean restricted) {
        Notice n = new Notice();
        n.setId("8f1d0c3e-reminder");
        n.setKind("DUE_SOON");
        n.setCaseId("c1");
        n.setCaseNumber("青信〔2026〕12号");
        n.setTownship("341122101");
        n.setUnit("land");
        n.setPerson("handler");
        n.setDueDate(LocalDate.of(2026, 10, 9));
        n.setSubject("【到期提醒】青信〔2026〕12号 办理期限");
        n.setBody("青山镇 land：青信〔2026〕12号的办理期限将于2026年10月9日届满，请按期办结。");
        n.setShortText("到期提醒：青信〔2026〕12号办理期限于10月9日届满");
        n.setIssuedAt(Instant.parse("2026-10-06T01:00:00Z"));
        n.setRestricted(restricted);
        return n;
    }

    @Test
    void aReminderReachesThePersonTheUnitAndTheTownshipInOneMail() throws Exception {
        Delivery d = notifier.deliver(notice(false));
        assertEquals(Delivery.Outcome.DELIVERED, d.outcome(), d.detail());
        assertTrue(smtp.waitForIncomingEmail(5000, 4));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(4, received.length, "one copy per recipient");
        MimeMessage m = received[0];
        assertEquals("【到期提醒】青信〔2026〕12号 办理期限", m.getSubject());
        assertEquals("<8f1d0c3e-reminder@tiaojie>", m.getMessageID());
        assertEquals("tiaojie@county.example", m.getFrom()[0].toString());
        assertTrue(GreenMailUtil.getBody(m).length() > 0);
        assertTrue(m.getContent().toString().contains("2026年10月9日届满"), m.getContent().toString());
        assertEquals(4, Arrays.stream(m.getRecipients(Message.RecipientType.TO)).count());
    }

    @Test
    void aComplaintsReminderGoesToThePersonOnly() throws Exception {
        assertEquals(Delivery.Outcome.DELIVERED, notifier.deliver(notice(true)).outcome());
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertEquals(1, smtp.getReceivedMessages().length);
        assertEquals("zhao@county.example", m.getRecipients(Message.RecipientType.TO)[0].toString());
    }

    @Test
    void noAddressOrNoServerIsNotApplicableAndAServerDownIsAFailure() throws Exception {
        Notice elsewhere = notice(false);
        elsewhere.setTownship("341122102");
        elsewhere.setPerson("clerk2");
        assertEquals(Delivery.Outcome.NOT_APPLICABLE, notifier.deliver(elsewhere).outcome());

        int port = smtp.getSmtp().getPort();
        smtp.stop();
        Delivery down = notifier.deliver(notice(false));
        assertEquals(Delivery.Outcome.FAILED, down.outcome());
        assertTrue(down.detail().contains("MessagingException") || down.detail().contains("Exception"), down.detail());

        settings.updated(null);
        assertEquals(Delivery.Outcome.NOT_APPLICABLE, notifier.deliver(notice(false)).outcome());
        assertTrue(port > 0);
    }

    @Test
    void aBadAddressOrSecurityIsRefusedWithItsKey() {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("smtp.host", "mail.example");
        p.put("person.handler", "not an address");
        ConfigurationException bad = assertThrows(ConfigurationException.class, () -> settings.updated(p));
        assertTrue(bad.getReason().contains("person.handler"), bad.getReason());
        p.remove("person.handler");
        p.put("smtp.security", "tls");
        assertTrue(assertThrows(ConfigurationException.class, () -> settings.updated(p)).getReason().contains("smtp.security"));
    }
}
