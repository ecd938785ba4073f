package org.tiaojie.cases.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedAction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseFilter;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console as an operator uses it, outside Karaf: the login is the actor the services see, a listing shows what is
 * due and overdue, and a refusal is one line with its stable code rather than a stack trace.
 */
class CasesCommandTest {
    @Test
    void theConsoleLoginIsTheActorWithItsRolesAndTownships() {
        Actor actor = as(login("operator1", "clerk", "township:341122101"), ShellActor::current);
        assertEquals("operator1", actor.userId());
        assertTrue(actor.hasRole("clerk"));
        assertTrue(actor.canSeeTownship("341122101"));
        assertEquals(ErrorCode.UNAUTHENTICATED,
                assertThrows(TiaojieException.class, ShellActor::current).code(), "no login, no actor");
    }

    @Test
    void aListingShowsEachCaseWithItsDueDateAndTheFilterAsked() throws Exception {
        AtomicReference<CaseFilter> asked = new AtomicReference<>();
        CasesCommand command = new CasesCommand();
        set(command, "status", "dispatched");
        set(command, "overdue", true);
        set(command, "queries", queries(asked, new Page<>(List.of(dispatched()), 0, 50, 7)));

        String printed = printed(() -> as(login("clerk1", "clerk", "township:341122101"), command::execute));
        assertEquals(CaseStatus.DISPATCHED, asked.get().getStatus(), "the status is read in any case");
        assertEquals(Boolean.TRUE, asked.get().getOverdue());
        assertTrue(printed.contains("XF-2026-0042"), printed);
        assertTrue(printed.contains("2026-11-20 OVERDUE"), printed);
        assertTrue(printed.contains("1 of 7"), printed);
    }

    @Test
    void anUnknownStatusNamesTheValuesAccepted() throws Exception {
        CasesCommand command = new CasesCommand();
        set(command, "status", "OPEN");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, command::execute);
        assertTrue(refused.getMessage().contains("--status OPEN") && refused.getMessage().contains("DISPATCHED"),
                refused.getMessage());
    }

    @Test
    void aRefusalIsOneLineWithItsCodeAndEachFieldBelowIt() {
        IllegalStateException shown = assertThrows(IllegalStateException.class, () -> Commands.call(() -> {
            throw new ValidationException(List.of(new FieldViolation("note", FieldViolation.REQUIRED, "say why")));
        }));
        assertEquals("VALIDATION_FAILED: note: say why\n  note: say why", shown.getMessage());
    }

    private static CaseView dispatched() {
        CaseView c = new CaseView();
        c.setId("c-42");
        c.setCaseNumber("XF-2026-0042");
        c.setStatus(CaseStatus.DISPATCHED);
        c.setRoutingState(RoutingState.ROUTED);
        c.setDepartment("land");
        c.setCategory("LAND");
        Deadline due = new Deadline();
        due.setDueDate(LocalDate.parse("2026-11-20"));
        due.setOverdue(true);
        c.setNextDeadline(due);
        return c;
    }

    private static CaseQueryService queries(AtomicReference<CaseFilter> asked, Page<CaseView> answer) {
        return (CaseQueryService) Proxy.newProxyInstance(CasesCommandTest.class.getClassLoader(),
                new Class<?>[]{CaseQueryService.class}, (p, m, args) -> {
                    if (!m.getName().equals("find")) {
                        throw new UnsupportedOperationException(m.getName());
                    }
                    assertEquals("clerk1", ((Actor) args[0]).userId());
                    asked.set((CaseFilter) args[1]);
                    return answer;
                });
    }

    private static Subject login(String user, String... roles) {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal(user));
        for (String r : roles) {
            s.getPrincipals().add(new RolePrincipal(r));
        }
        return s;
    }

    @SuppressWarnings("removal") // as Karaf 4.4 runs a command: inside the login's access control context
    private static <T> T as(Subject subject, java.util.function.Supplier<T> work) {
        return Subject.doAs(subject, (PrivilegedAction<T>) work::get);
    }

    private static String printed(Runnable work) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
