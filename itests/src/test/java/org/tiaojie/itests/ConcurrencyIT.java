package org.tiaojie.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Clerks registering at the same moment: every valid, distinct submission gets its case (REST 201, a SOAP answer),
 * never a conflict because another clerk was busy; case numbers stay gapless and in order per township and year.
 * The same for repeats of one case at the same moment, and for a mediation channel's file numbers. What is asserted
 * is the answers and the numbers, never how long anything took.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConcurrencyIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String CASES = "http://tiaojie.org/cases/v1";
    private static final String INTAKE = "http://tiaojie.org/soap/intake/v1";
    private static final Pattern CASE_NUMBER = Pattern.compile("<[^>]*caseNumber>([^<]+)<");

    /** Runs the tasks from one start signal, on as many threads as there are tasks. */
    private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(DEADLINE.toSeconds() * 3, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String body(String township, String name, String phone) {
        return "{\"township\":\"" + township + "\",\"petitionForm\":\"VISIT\",\"category\":\"LABOUR_WAGES\",\"petitioners\":[{"
                + "\"name\":\"" + name + "\",\"phone\":\"" + phone + "\"}],\"content\":\"工地拖欠工资\"}";
    }

    /** Every case number of the township, through the county bureau's list. */
    private TreeSet<String> caseNumbers(String township) throws Exception {
        TreeSet<String> numbers = new TreeSet<>();
        for (int page = 0; ; page++) {
            JsonNode list = JSON.readTree(get("/api/v1/cases?township=" + township + "&size=100&page=" + page, "bureau").body());
            list.get("items").forEach(c -> numbers.add(c.get("caseNumber").asText()));
            if (list.get("items").size() < 100) {
                return numbers;
            }
        }
    }

    private static void assertGapless(String prefix, TreeSet<String> numbers, int width) {
        int n = 1;
        for (String number : numbers) {
            assertEquals("numbers of " + prefix + " without a gap: " + numbers, prefix + String.format("%0" + width + "d", n++),
                    number);
        }
    }

    @Test
    public void clerksRegisteringAtTheSameMomentAllGetTheirCasesNumberedWithoutAGap() throws Exception {
        waitForReady();
        int year = platformToday().getYear();
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        List<Callable<Integer>> clerks = new ArrayList<>();
        // Twelve clerks over REST in two townships and four over SOAP, twelve registrations each, all at once.
        for (int t = 0; t < 16; t++) {
            boolean soap = t >= 12;
            String user = t % 2 == 0 ? "clerk" : "clerk2";
            String township = t % 2 == 0 ? "341122101" : "341122102";
            clerks.add(() -> {
                int registered = 0;
                for (int i = 0; i < 12; i++) {
                    String phone = uniquePhone();
                    String answer;
                    if (soap) {
                        HttpResponse<String> r = soapPost("/soap/intake", user, "<i:registerCase xmlns:i='" + INTAKE
                                + "' xmlns:c='" + CASES + "'><request><c:category>LABOUR_WAGES</c:category>"
                                + "<c:content>工地拖欠工资</c:content><c:petitionForm>VISIT</c:petitionForm><c:petitioners><c:name>并发乙</c:name><c:phone>"
                                + phone + "</c:phone></c:petitioners><c:township>" + township + "</c:township></request>"
                                + "</i:registerCase>");
                        Matcher number = CASE_NUMBER.matcher(r.body());
                        answer = "SOAP " + r.statusCode() + (number.find() ? "" : " without a case number");
                    } else {
                        HttpResponse<String> r = post("/api/v1/cases", user, TYPE, body(township, "并发甲", phone));
                        answer = "REST " + r.statusCode() + (r.statusCode() == 201 ? "" : " " + r.body());
                    }
                    answers.merge(answer, 1, Integer::sum);
                    if (answer.equals("REST 201") || answer.equals("SOAP 200")) {
                        registered++;
                    }
                }
                return registered;
            });
        }
        int registered = atOnce(clerks).stream().mapToInt(Integer::intValue).sum();
        assertEquals("every submission got its case: " + new TreeMap<>(answers), 16 * 12, registered);

        TreeSet<String> qingshan = caseNumbers("341122101");
        TreeSet<String> baishui = caseNumbers("341122102");
        assertEquals(96, qingshan.size());
        assertEquals(96, baishui.size());
        assertGapless("341122101-" + year + "-", qingshan, 6);
        assertGapless("341122102-" + year + "-", baishui, 6);
    }

    @Test
    public void repeatsOfOneCaseAtTheSameMomentAreAllLinkedToIt() throws Exception {
        waitForReady();
        String phone = uniquePhone();
        HttpResponse<String> first = post("/api/v1/cases", "clerk", TYPE, body("341122101", "重复访甲", phone));
        assertEquals(first.body(), 201, first.statusCode());
        String caseId = JSON.readTree(first.body()).get("caseId").asText();
        List<Callable<String>> repeats = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            repeats.add(() -> {
                HttpResponse<String> r = post("/api/v1/cases", "clerk", TYPE, body("341122101", "重复访甲", phone));
                return r.statusCode() + " " + (r.statusCode() == 200 ? JSON.readTree(r.body()).get("outcome").asText() : r.body());
            });
        }
        for (String answer : atOnce(repeats)) {
            assertEquals("200 LINKED_AS_REPEAT", answer);
        }
        JsonNode linked = JSON.readTree(get("/api/v1/cases/" + caseId, "clerk").body());
        assertEquals("every repeat is counted on the case", 8, linked.get("repeatCount").asInt());
    }

    @Test
    public void mediatorsOpeningFilesAtTheSameMomentGetGaplessFileNumbers() throws Exception {
        waitForPlugins();
        int year = platformToday().getYear();
        List<Callable<List<String>>> mediators = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            mediators.add(() -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    HttpResponse<String> r = post("/api/v1/mediation/people/records", "mediator", TYPE,
                            "{\"township\":\"341122101\",\"category\":\"NEIGHBOUR_FAMILY\",\"partiesConsent\":true,"
                                    + "\"parties\":[{\"name\":\"张甲\",\"role\":\"APPLICANT\"},{\"name\":\"李乙\",\"role\":"
                                    + "\"RESPONDENT\"}],\"committee\":\"341122101201\",\"mediator\":\"M01\","
                                    + "\"description\":\"宅基地界墙纠纷\"}");
                    numbers.add(r.statusCode() == 201 ? JSON.readTree(r.body()).get("number").asText()
                            : r.statusCode() + " " + r.body());
                }
                return numbers;
            });
        }
        TreeSet<String> numbers = new TreeSet<>();
        atOnce(mediators).forEach(numbers::addAll);
        assertEquals("every file opened, each with a number of its own: " + numbers, 40, numbers.size());
        assertTrue(numbers.toString(), numbers.first().startsWith("RT-"));
        assertGapless("RT-" + year + "-", numbers, 4);
    }
}
