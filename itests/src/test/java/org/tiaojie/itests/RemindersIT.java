package org.tiaojie.itests;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Reminders (催办提醒) in the booted distribution, on a training installation: the one clock is moved across a
 * dispatched case's handling limit, and each lead time of {@code etc/org.tiaojie.supervision.cfg} (3 and 1 working
 * days) and the day after the due date bring exactly one reminder — also when the job is run twice at once — into
 * the case's trail, the reminder list and an EventAdmin event; an extension moves the due date and the reminders
 * follow it. Every date is counted from the case's own limit on the county's calendar.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RemindersIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";

    @Override
    protected boolean trainingInstallation() {
        return true;
    }

    private long workingDaysLeft(LocalDate from, LocalDate due) throws Exception {
        if (!from.isBefore(due)) {
            return 0;
        }
        return json(get("/api/v1/calendar/working-days?from=" + from + "&to=" + due, "clerk"), 200)
                .get("workingDays").asLong();
    }

    /** The first day on which no more than {@code lead} working days are left before the due date. */
    private LocalDate firstDayWithin(int lead, LocalDate due) throws Exception {
        LocalDate day = due;
        while (workingDaysLeft(day.minusDays(1), due) <= lead) {
            day = day.minusDays(1);
        }
        return day;
    }

    private JsonNode run(String user) throws Exception {
        return json(post("/api/v1/reminders/run", user, TYPE, ""), 200);
    }

    private JsonNode remindersOf(String caseId, String user) throws Exception {
        return json(get("/api/v1/reminders?size=200&caseId=" + caseId, user), 200);
    }

    private JsonNode step(String id, String user, String body) throws Exception {
        return json(post("/api/v1/cases/" + id + "/steps", user, TYPE, body), 200);
    }

    @Test
    public void eachLeadTimeAndTheOverdueDayRemindOnceWhateverHowOftenTheJobRuns() throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        waitFor("the supervision plug-in", () -> status("/api/v1/reminders", "supervisor") == 200);
        JsonNode ack = json(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"LAND_ACQUISITION\",\"petitioners\":[{\"name\":\"催办甲\",\"phone\":\"" + uniquePhone()
                + "\"}],\"content\":\"征地补偿款未足额发放\",\"departmentFields\":{\"landLocation\":\"河西村三组东侧\"}}"), 201);
        String id = ack.get("caseId").asText();
        String number = ack.get("caseNumber").asText();
        step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}");
        JsonNode dispatched = step(id, "clerk", "{\"action\":\"DISPATCH\",\"responsibility\":{\"leadUnit\":\"国土所\","
                + "\"responsibleLeader\":\"李副镇长\",\"responsibleLeaderUserId\":\"leader\",\"handler\":\"赵干事\","
                + "\"handlerUserId\":\"handler\"}}");
        LocalDate due = LocalDate.parse(dispatched.get("nextDeadline").get("dueDate").asText());

        List<String> heard = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "tiaojie/deadline/*");
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class, event -> {
            if (id.equals(event.getProperty("caseId"))) {
                heard.add(event.getTopic() + " " + event.getProperty("leadWorkingDays") + " " + event.getProperty("dueDate"));
            }
        }, topics);
        try {
            // The day before the 3-day lead is reached: nothing yet.
            LocalDate threeLeft = firstDayWithin(3, due);
            setClock(threeLeft.minusDays(1));
            run("operator");
            assertEquals(0, remindersOf(id, "supervisor").get("total").asLong());

            // The first day with 3 working days left: the job run twice at once sends one reminder.
            setClock(threeLeft);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonNode>> runs = new ArrayList<>();
            for (String user : new String[]{"operator", "supervisor"}) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return run(user);
                }));
            }
            start.countDown();
            int sent = 0;
            for (Future<JsonNode> f : runs) {
                JsonNode r = f.get(60, TimeUnit.SECONDS);
                assertEquals(threeLeft.toString(), r.get("today").asText());
                assertTrue(r.toString(), r.get("sourcesRead").toString().contains("case"));
                sent += r.get("remindersSent").asInt();
            }
            pool.shutdown();
            assertTrue("this case's reminder went out once among the runs", sent >= 1);
            JsonNode list = remindersOf(id, "supervisor");
            assertEquals(list.toString(), 1, list.get("total").asLong());
            JsonNode first = list.get("items").get(0);
            assertEquals("DUE_SOON", first.get("stage").asText());
            assertEquals(3, first.get("leadWorkingDays").asInt());
            assertEquals(due.toString(), first.get("dueDate").asText());
            assertEquals(number, first.get("caseNumber").asText());
            assertEquals("HANDLING", first.get("limit").asText());
            assertEquals("handler", first.get("person").asText());
            assertEquals("341122101", first.get("township").asText());
            assertTrue(first.toString(), first.get("text").asText().contains("青山镇"));
            assertTrue(first.toString(), first.get("deliveries").toString().contains("trail: DELIVERED"));
            assertFalse("no personal data in a reminder", first.toString().contains("催办甲"));

            // Run again the same day: nothing new.
            JsonNode again = run("supervisor");
            assertTrue(again.toString(), again.get("alreadySent").asInt() >= 1);
            assertEquals(1, remindersOf(id, "supervisor").get("total").asLong());

            // In the case's trail, for everyone who opens the case.
            String trail = json(get("/api/v1/cases/" + id + "/audit", "clerk"), 200).toString();
            assertTrue(trail, trail.contains("NOTICE_SENT") && trail.contains(first.get("id").asText()));

            // One working day left: the second lead time, once.
            setClock(firstDayWithin(1, due));
            run("operator");
            run("operator");
            list = remindersOf(id, "supervisor");
            assertEquals(list.toString(), 2, list.get("total").asLong());
            assertEquals(1, list.get("items").get(0).get("leadWorkingDays").asInt());

            // Extended by 15 days, the limit is due later: the reminders follow the new due date.
            JsonNode extended = step(id, "clerk", "{\"action\":\"EXTEND\",\"days\":15,\"note\":\"需调取征地档案\"}");
            LocalDate newDue = LocalDate.parse(extended.get("nextDeadline").get("dueDate").asText());
            assertTrue(newDue.isAfter(due));
            run("operator");
            assertEquals("the new due date is not near yet", 2, remindersOf(id, "supervisor").get("total").asLong());
            setClock(firstDayWithin(3, newDue));
            run("operator");
            list = remindersOf(id, "supervisor");
            assertEquals(list.toString(), 3, list.get("total").asLong());
            assertEquals(newDue.toString(), list.get("items").get(0).get("dueDate").asText());

            // The day after the new due date: overdue, once — and a clock moved far past it sends no burst of leads.
            setClock(newDue.plusDays(1));
            run("operator");
            setClock(newDue.plusDays(9));
            run("supervisor");
            list = remindersOf(id, "supervisor");
            assertEquals(list.toString(), 4, list.get("total").asLong());
            assertEquals("OVERDUE", list.get("items").get(0).get("stage").asText());
            assertEquals(1, json(get("/api/v1/reminders?stage=OVERDUE&caseId=" + id, "clerk"), 200).get("total").asLong());

            // On the console, the same.
            String ran = operatorConsole("tiaojie:reminders-run");
            assertTrue(ran, ran.contains("0 sent"));
            String listed = console("tiaojie:reminders --case " + id, "supervisor", "supervisor", "county");
            assertTrue(listed, listed.contains(number) && listed.contains("OVERDUE") && listed.contains("4 of 4"));

            // Each reminder's event, once.
            waitFor("the deadline events", () -> heard.size() >= 4);
            assertEquals(heard.toString(), List.of("tiaojie/deadline/DUE_SOON 3 " + due, "tiaojie/deadline/DUE_SOON 1 " + due,
                    "tiaojie/deadline/DUE_SOON 3 " + newDue, "tiaojie/deadline/OVERDUE null " + newDue), heard);

            // Closed, it is reminded of no more.
            step(id, "handler", "{\"action\":\"SETTLE\",\"settlement\":{\"kind\":\"MEDIATION\",\"partiesConsent\":true,"
                    + "\"terms\":\"十日内补足补偿款\"}}");
            setClock(newDue.plusDays(20));
            run("operator");
            assertEquals(4, remindersOf(id, "supervisor").get("total").asLong());
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void theJobIsOnTheSchedulerAndTheListAnswersOnlyWhatItShould() throws Exception {
        waitForReady();
        waitFor("the supervision plug-in", () -> status("/api/v1/reminders", "supervisor") == 200);
        String jobs = operatorConsole("scheduler:list");
        assertTrue(jobs, jobs.contains("tiaojie-reminders"));

        assertEquals("ACCESS_DENIED", json(post("/api/v1/reminders/run", "clerk", TYPE, ""), 403).get("code").asText());
        assertEquals("ACCESS_DENIED", json(get("/api/v1/reminders", "operator"), 403).get("code").asText());
        assertEquals(401, get("/api/v1/reminders", null).statusCode());
        JsonNode unknown = json(get("/api/v1/reminders?township=999999999", "supervisor"), 400);
        assertEquals("UNKNOWN_VALUE", unknown.get("violations").get(0).get("code").asText());
        assertEquals("VALIDATION_FAILED", json(get("/api/v1/reminders?stage=SOON", "supervisor"), 400).get("code").asText());
        assertEquals("ACCESS_DENIED", json(get("/api/v1/reminders?township=341122102", "clerk"), 403).get("code").asText());

        // Supervision leaves: its calls answer 503, the rest of the console stays, and it comes back with its reminders.
        long sent = json(get("/api/v1/reminders", "supervisor"), 200).get("total").asLong();
        java.util.EnumSet<org.apache.karaf.features.FeaturesService.Option> none =
                java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class);
        featuresService.uninstallFeature("tiaojie-supervision", none);
        try {
            waitFor("the supervision plug-in to leave", () -> status("/api/v1/reminders", "supervisor") == 503);
            assertTrue(operatorConsole("tiaojie:townships").contains("341122101"));
            String refused;
            try {
                refused = operatorConsole("tiaojie:reminders-run");
            } catch (Exception e) {
                refused = e.getMessage();
            }
            assertTrue(refused, refused.contains("SERVICE_UNAVAILABLE"));
        } finally {
            featuresService.installFeature("tiaojie-supervision", none);
        }
        waitFor("the supervision plug-in to come back", () -> status("/api/v1/reminders", "supervisor") == 200);
        assertEquals(sent, json(get("/api/v1/reminders", "supervisor"), 200).get("total").asLong());
    }

    /** The reminders sent about one record of a plug-in, by its number, from every page of the township's list. */
    private List<JsonNode> remindersAbout(String subjectNumber) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode items = json(get("/api/v1/reminders?township=341122101&size=200&page=" + page, "supervisor"), 200)
                    .get("items");
            items.forEach(r -> {
                if (subjectNumber.equals(r.path("subjectNumber").asText())) {
                    found.add(r);
                }
            });
            if (items.size() < 200) {
                return found;
            }
        }
    }

    @Test
    public void thePlugInsLimitsAreRemindedTooAndThePartiesWindowIsNeverOverdue() throws Exception {
        waitForReady();
        waitFor("the supervision plug-in", () -> status("/api/v1/reminders", "supervisor") == 200);
        waitFor("legal aid", () -> status("/api/v1/legal-aid/applications", "legalaid") == 200);
        waitFor("people's mediation", () -> status("/api/v1/mediation/people/records", "mediator") == 200);
        LocalDate start = platformToday();

        // Legal aid's decision (7 days, 法律援助法 Art 43): reminded ahead and once overdue.
        JsonNode application = json(post("/api/v1/legal-aid/applications", "legalaid", TYPE, "{\"township\":\"341122101\","
                + "\"applicantName\":\"催办乙\",\"matter\":\"WAGES_AND_EMPLOYMENT\",\"exemption\":\"MIGRANT_WORKER\","
                + "\"description\":\"申请劳动仲裁代理\"}"), 201);
        String applicationNumber = application.get("number").asText();
        LocalDate decisionDue = LocalDate.parse(application.get("nextDeadline").get("dueDate").asText());

        // People's mediation: an agreement; the parties' 30 days to apply for judicial confirmation.
        JsonNode record = json(post("/api/v1/mediation/people/records", "mediator", TYPE, "{\"township\":\"341122101\","
                + "\"category\":\"NEIGHBOUR_FAMILY\",\"partiesConsent\":true,\"parties\":[{\"name\":\"催办丙\","
                + "\"role\":\"APPLICANT\"},{\"name\":\"催办丁\",\"role\":\"RESPONDENT\"}],\"committee\":\"341122101201\","
                + "\"mediator\":\"M01\",\"description\":\"宅基地界墙纠纷\"}"), 201);
        String recordId = record.get("id").asText();
        String recordNumber = record.get("number").asText();
        String steps = "/api/v1/mediation/people/records/" + recordId + "/steps";
        json(post(steps, "mediator", TYPE, "{\"action\":\"RECORD_SESSION\",\"session\":{\"on\":\"" + start
                + "\",\"place\":\"河西村委会\",\"participants\":\"双方\",\"notes\":\"双方陈述\"}}"), 200);
        JsonNode agreed = json(post(steps, "mediator", TYPE, "{\"action\":\"AGREE\",\"agreement\":{\"form\":\"WRITTEN\","
                + "\"terms\":\"界墙后移0.5米\"}}"), 200);
        LocalDate windowCloses = LocalDate.parse(agreed.get("confirmationDue").asText());

        setClock(firstDayWithin(3, decisionDue));
        run("operator");
        List<JsonNode> aid = remindersAbout(applicationNumber);
        assertEquals(aid.toString(), 1, aid.size());
        assertEquals("legal-aid", aid.get(0).get("source").asText());
        assertEquals("DECISION", aid.get(0).get("limit").asText());
        assertEquals("DUE_SOON", aid.get(0).get("stage").asText());
        assertEquals(decisionDue.toString(), aid.get(0).get("dueDate").asText());
        setClock(decisionDue.plusDays(1));
        run("operator");
        run("operator");
        aid = remindersAbout(applicationNumber);
        assertEquals(aid.toString(), 1, aid.stream().filter(r -> "OVERDUE".equals(r.get("stage").asText())).count());

        // The decision made and a lawyer assigned at once: no limit runs, nothing more is sent about it.
        String applicationId = application.get("id").asText();
        json(post("/api/v1/legal-aid/applications/" + applicationId + "/steps", "legalaid", TYPE, "{\"action\":\"GRANT\"}"), 200);
        json(post("/api/v1/legal-aid/applications/" + applicationId + "/steps", "legalaid", TYPE,
                "{\"action\":\"ASSIGN\",\"lawyerId\":\"L001\"}"), 200);
        int sentAboutAid = remindersAbout(applicationNumber).size();

        LocalDate threeLeft = firstDayWithin(3, windowCloses);
        if (threeLeft.isAfter(decisionDue.plusDays(1))) {
            setClock(threeLeft);
        }
        run("operator");
        List<JsonNode> window = remindersAbout(recordNumber);
        assertEquals(window.toString(), 1, window.size());
        assertEquals("mediation-PEOPLE", window.get(0).get("source").asText());
        assertEquals("CONFIRMATION_WINDOW", window.get(0).get("limit").asText());
        assertEquals("DUE_SOON", window.get(0).get("stage").asText());
        assertEquals("341122101201", window.get(0).get("unit").asText());

        // The day after the window closed: the parties' right has lapsed; no unit is overdue.
        setClock(windowCloses.plusDays(1));
        run("operator");
        run("operator");
        window = remindersAbout(recordNumber);
        assertFalse(window.toString(), window.stream().anyMatch(r -> "OVERDUE".equals(r.get("stage").asText())));
        assertEquals(sentAboutAid, remindersAbout(applicationNumber).size());
    }
}
