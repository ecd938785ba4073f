package org.tiaojie.cases.core.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.PetitionForm;
import org.tiaojie.cases.api.Nature;
import org.tiaojie.cases.api.PriorLevel;
import org.tiaojie.cases.api.RepeatSubmission;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.Source;
import org.tiaojie.cases.core.internal.jpa.CaseEntity;
import org.tiaojie.cases.core.internal.lifecycle.LifecycleRecord;

/** An immutable copy of a stored case, taken inside the transaction, so nothing lazy escapes it. */
record CaseSnapshot(String id, long version, String caseNumber, String queryCode, String township,
                    PetitionForm petitionForm, Source source, String category, CaseStatus status, RoutingState routingState,
                    String department, List<Petitioner> petitioners, Map<String, String> departmentFields,
                    String content, String demands, Instant registeredAt, String registeredBy, Instant updatedAt,
                    String lifecycleJson, Nature nature, int headCount, PriorLevel priorLevel, int repeatCount,
                    List<RepeatSubmission> repeats) {

    /** One case, its petitioners and department fields read from the entity (two small indexed queries). */
    static CaseSnapshot of(CaseEntity e) {
        List<Petitioner> petitioners = e.getPetitioners().stream()
                .map(p -> new Petitioner(p.getName(), p.getIdNumber(), p.getPhone(), p.getAddress(), p.getVillage()))
                .toList();
        return of(e, petitioners, e.getDepartmentFields());
    }

    /** A case whose petitioners and department fields were read for many cases at once (a list page). */
    static CaseSnapshot of(CaseEntity e, List<Petitioner> petitioners, Map<String, String> departmentFields) {
        return new CaseSnapshot(e.getId(), e.getVersion(), e.getCaseNumber(), e.getQueryCode(), e.getTownship(),
                e.getPetitionForm(), e.getSource(), e.getCategory(), e.getStatus(), e.getRoutingState(), e.getDepartment(),
                List.copyOf(petitioners), new LinkedHashMap<>(departmentFields), e.getContent(), e.getDemands(),
                e.getRegisteredAt(), e.getRegisteredBy(), e.getUpdatedAt(), e.getLifecycle(), e.getNature(),
                e.getHeadCount(), e.getPriorLevel(), e.getRepeatCount(), List.of());
    }

    /** The same case with its repeat submissions, which only single-case reads load. */
    CaseSnapshot withRepeats(List<RepeatSubmission> loaded) {
        return new CaseSnapshot(id, version, caseNumber, queryCode, township, petitionForm, source, category, status,
                routingState, department, petitioners, departmentFields, content, demands, registeredAt, registeredBy,
                updatedAt, lifecycleJson, nature, headCount, priorLevel, repeatCount, List.copyOf(loaded));
    }

    /** The lifecycle record; a case registered before lifecycles existed gets an empty one. */
    LifecycleRecord lifecycle() {
        return LifecycleRecord.fromJson(lifecycleJson, registeredAt.atZone(org.tiaojie.cases.api.PlatformClock.ZONE).toLocalDate());
    }

    /** The staff view: personal data masked, no query code. */
    CaseView toView() {
        return toView(lifecycle());
    }

    /** The same, from a lifecycle record the caller has parsed already. */
    CaseView toView(LifecycleRecord r) {
        CaseView view = new CaseView();
        view.setId(id);
        view.setVersion(version);
        view.setCaseNumber(caseNumber);
        view.setTownship(township);
        view.setPetitionForm(petitionForm);
        view.setSource(source);
        view.setCategory(category);
        view.setStatus(status);
        view.setRoutingState(routingState);
        view.setDepartment(department);
        view.setPetitioners(petitioners.stream().map(PersonalDataMask::mask).toList());
        view.setDepartmentFields(new LinkedHashMap<>(departmentFields));
        view.setContent(content);
        view.setDemands(demands);
        view.setRegisteredAt(registeredAt);
        view.setRegisteredBy(registeredBy);
        view.setReceivedOn(r.receivedOn());
        view.setUpdatedAt(updatedAt);
        view.setResponsibility(r.responsibility);
        view.setOpinion(r.opinion);
        view.setSettlement(r.settlement);
        view.setEvaluation(r.evaluation);
        view.setProcessFeedback(r.processFeedback);
        view.setLegalRoute(r.legalRoute);
        view.setRouteWarning(r.routeWarning);
        view.setLegalAidOffer(r.legalAidOffer);
        view.setReceivingBody(r.receivingBody);
        view.setExtensionDays(r.extensionDays);
        view.setDeclined(r.declined);
        view.setReviewOutcome(r.reviewOutcome);
        view.setReReviewOutcome(r.reReviewOutcome);
        view.setStepsPassed(r.stepsPassed);
        view.setNature(nature);
        view.setHeadCount(headCount);
        view.setCollective(headCount >= IntakeValidator.COLLECTIVE_MIN_PERSONS);
        view.setPriorLevel(priorLevel);
        view.setRepeatCount(repeatCount);
        view.setRepeats(repeats);
        return view;
    }
}
