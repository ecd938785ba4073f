package org.tiaojie.notifier.email.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.tiaojie.cases.api.spi.Delivery;
import org.tiaojie.cases.api.spi.Notice;
import org.tiaojie.cases.api.spi.Notifier;

/**
 * Notices by e-mail (channel {@code email}): to the person named, the unit and the township, as far as the address
 * book knows them; a restricted notice (a complaint about an official) to the person only. The message id is the
 * notice's, so a notice handed over again is recognisable as the same mail.
 */
public class EmailNotifier implements Notifier {
    private final EmailSettings settings;

    public EmailNotifier(EmailSettings settings) {
        this.settings = settings;
    }

    @Override
    public Delivery deliver(Notice notice) {
        EmailSettings.Smtp smtp = settings.smtp();
        if (!smtp.configured()) {
            return Delivery.notApplicable("no SMTP server configured");
        }
        Set<InternetAddress> to = recipients(smtp, notice);
        if (to.isEmpty()) {
            return Delivery.notApplicable("no address for " + notice.getPerson() + " / " + notice.getUnit() + " / "
                    + notice.getTownship());
        }
        // javax.mail finds its providers and activation's content handlers through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            Session session = Session.getInstance(smtp.properties());
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + notice.getId() + "@tiaojie>");
                }
            };
            message.setFrom(smtp.from());
            message.setRecipients(Message.RecipientType.TO, to.toArray(InternetAddress[]::new));
            message.setSubject(notice.getSubject(), StandardCharsets.UTF_8.name());
            message.setText(notice.getBody() + "\n\n— 调解平台（本邮件由系统发出）", StandardCharsets.UTF_8.name());
            message.setSentDate(notice.getIssuedAt() == null ? new Date() : Date.from(notice.getIssuedAt()));
            message.setHeader("X-Tiaojie-Notice", notice.getId());
            if (smtp.user() != null) {
                Transport.send(message, smtp.user(), smtp.password());
            } else {
                Transport.send(message);
            }
            return Delivery.delivered(to.size() == 1 ? to.iterator().next().getAddress() : to.size() + " addresses");
        } catch (MessagingException e) {
            return Delivery.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static Set<InternetAddress> recipients(EmailSettings.Smtp smtp, Notice notice) {
        Set<InternetAddress> to = new LinkedHashSet<>();
        if (notice.getPerson() != null) {
            to.addAll(smtp.people().getOrDefault(notice.getPerson(), List.of()));
        }
        if (!notice.isRestricted()) {
            if (notice.getUnit() != null && notice.getTownship() != null) {
                to.addAll(smtp.units().getOrDefault(notice.getTownship() + "." + notice.getUnit(), List.of()));
            }
            if (notice.getTownship() != null) {
                to.addAll(smtp.townships().getOrDefault(notice.getTownship(), List.of()));
            }
        }
        return to;
    }
}
