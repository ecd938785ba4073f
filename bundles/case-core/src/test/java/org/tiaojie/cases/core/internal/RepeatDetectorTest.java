package org.tiaojie.cases.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.PetitionForm;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.IntakeRequest;
import org.tiaojie.cases.api.Nature;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.Source;
import org.tiaojie.cases.api.StepPassed;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.core.internal.lifecycle.LifecycleRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatDetectorTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final String TOWN = "341122101";
    private final RepeatDetector detector = new RepeatDetector(180);

    /** A case of the same petitioner, registered {@code daysAgo}, last moved on {@code settled} (null: open). */
    private static CaseSnapshot earlier(String id, String township, String category, CaseStatus status,
                                        int daysAgo, LocalDate settled) {
        LocalDate registered = TODAY.minusDays(daysAgo);
        LifecycleRecord r = LifecycleRecord.fromJson(null, registered);
        if (settled != null) {
            StepPassed s = new StepPassed();
            s.setStatus(status);
            s.setOn(settled);
            r.stepsPassed.add(s);
            r.terminatedOn = status == CaseStatus.TERMINATED ? settled : null;
        }
        Instant at = registered.atStartOfDay(org.tiaojie.cases.api.PlatformClock.ZONE).toInstant();
        return new CaseSnapshot(id, 1, "N-" + id, "Q-" + id, township, PetitionForm.VISIT, Source.DIRECT, category, status,
                RoutingState.UNROUTED, null, List.of(), Map.of(), "content", null, at, "clerk", at, r.toJson(),
                Nature.REQUEST, 1, null, 0, List.of());
    }

    private static IntakeRequest request(String category) {
        IntakeRequest r = new IntakeRequest();
        r.setTownship(TOWN);
        r.setCategory(category);
        return r;
    }

    @Test
    void anOpenMatterOfTheSamePetitionerIsARepeat() {
        CaseSnapshot open = earlier("a", TOWN, "LABOUR_WAGES", CaseStatus.DISPATCHED, 40, null);
        assertEquals(Optional.of(open), detector.linkTo(request("LABOUR_WAGES"), List.of(open), TODAY));
    }

    @Test
    void aRecentlySettledMatterIsARepeatUntilTheWindowCloses() {
        CaseSnapshot closed = earlier("a", TOWN, "LABOUR_WAGES", CaseStatus.CLOSED, 300, TODAY.minusDays(180));
        assertEquals(Optional.of(closed), detector.linkTo(request("LABOUR_WAGES"), List.of(closed), TODAY),
                "closed exactly 180 days ago: still within the window");
        CaseSnapshot old = earlier("b", TOWN, "LABOUR_WAGES", CaseStatus.CLOSED, 300, TODAY.minusDays(181));
        assertEquals(Optional.empty(), detector.linkTo(request("LABOUR_WAGES"), List.of(old), TODAY));
        CaseSnapshot redirected = earlier("c", TOWN, "LABOUR_WAGES", CaseStatus.REDIRECTED, 20, TODAY.minusDays(19));
        assertEquals(Optional.of(redirected), detector.linkTo(request("LABOUR_WAGES"), List.of(redirected), TODAY));
    }

    @Test
    void anotherCategoryOrTownshipIsAnotherMatter() {
        CaseSnapshot land = earlier("a", TOWN, "LAND_ACQUISITION", CaseStatus.DISPATCHED, 10, null);
        CaseSnapshot elsewhere = earlier("b", "341122102", "LABOUR_WAGES", CaseStatus.DISPATCHED, 10, null);
        assertEquals(Optional.empty(), detector.linkTo(request("LABOUR_WAGES"), List.of(land, elsewhere), TODAY));
    }

    @Test
    void anOpenCaseIsPreferredThenTheNewest() {
        CaseSnapshot closedRecently = earlier("a", TOWN, "LABOUR_WAGES", CaseStatus.CLOSED, 50, TODAY.minusDays(2));
        CaseSnapshot openOld = earlier("b", TOWN, "LABOUR_WAGES", CaseStatus.DISPATCHED, 90, null);
        CaseSnapshot openNew = earlier("c", TOWN, "LABOUR_WAGES", CaseStatus.ACCEPTED, 5, null);
        assertEquals(Optional.of(openNew), detector.linkTo(request("LABOUR_WAGES"),
                List.of(closedRecently, openOld, openNew), TODAY));
    }

    @Test
    void theClerkMayConfirmADifferentMatter() {
        CaseSnapshot open = earlier("a", TOWN, "LABOUR_WAGES", CaseStatus.DISPATCHED, 40, null);
        IntakeRequest different = request("LABOUR_WAGES");
        different.setDifferentMatter(true);
        assertEquals(Optional.empty(), detector.linkTo(different, List.of(open), TODAY));
    }

    @Test
    void theClerkMayLinkACaseDetectionDidNotPick() {
        CaseSnapshot land = earlier("a", TOWN, "LAND_ACQUISITION", CaseStatus.CLOSED, 400, TODAY.minusDays(300));
        IntakeRequest same = request("HOUSING_HOMESTEAD");
        same.setRepeatOf("a");
        assertEquals(Optional.of(land), detector.linkTo(same, List.of(land), TODAY));

        IntakeRequest unknown = request("HOUSING_HOMESTEAD");
        unknown.setRepeatOf("someone-elses-case");
        ValidationException e = assertThrows(ValidationException.class, () -> detector.linkTo(unknown, List.of(land), TODAY));
        assertEquals("repeatOf", e.violations().get(0).getField());
    }

    @Test
    void aTerminatedMatterIsRefusedEverywhereUnlessTheClerkFindsItNew() {
        CaseSnapshot ended = earlier("a", "341122102", "LAND_ACQUISITION", CaseStatus.TERMINATED, 700,
                LocalDate.parse("2025-03-01"));
        TiaojieException e = assertThrows(TiaojieException.class,
                () -> detector.linkTo(request("LAND_ACQUISITION"), List.of(ended), TODAY));
        assertEquals(ErrorCode.MATTER_TERMINATED, e.code());
        assertTrue(e.getMessage().contains("a case of another township"), e.getMessage());
        assertFalse(e.getMessage().contains("N-a") || e.getMessage().contains("2025-03-01"),
                "another township's case is not named: " + e.getMessage());

        CaseSnapshot endedHere = earlier("b", TOWN, "LAND_ACQUISITION", CaseStatus.TERMINATED, 700,
                LocalDate.parse("2025-03-01"));
        String here = assertThrows(TiaojieException.class,
                () -> detector.linkTo(request("LAND_ACQUISITION"), List.of(endedHere), TODAY)).getMessage();
        assertTrue(here.contains("N-b") && here.contains("2025-03-01"), here);

        IntakeRequest explicit = request("LAND_ACQUISITION");
        explicit.setRepeatOf("b");
        assertEquals(ErrorCode.MATTER_TERMINATED,
                assertThrows(TiaojieException.class, () -> detector.linkTo(explicit, List.of(endedHere), TODAY)).code());
        IntakeRequest foreign = request("LAND_ACQUISITION");
        foreign.setRepeatOf("a");
        assertEquals("repeatOf", assertThrows(ValidationException.class,
                () -> detector.linkTo(foreign, List.of(ended), TODAY)).violations().get(0).getField(),
                "another township's case is named as one that does not exist");

        IntakeRequest newFacts = request("LAND_ACQUISITION");
        newFacts.setDifferentMatter(true);
        assertEquals(Optional.empty(), detector.linkTo(newFacts, List.of(ended), TODAY));
        assertEquals(Optional.empty(), detector.linkTo(request("LABOUR_WAGES"), List.of(ended), TODAY),
                "another category is another request");
    }
}
