package io.estatewatch.complaint.handling.web;

import io.estatewatch.complaint.DistrictSettings;
import io.estatewatch.complaint.handling.persistence.ComplaintDocument;
import io.estatewatch.complaint.personaldata.PersonalDataProtection;
import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.DeadlineKind;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.estatewatch.complaint.web.Times.local;

/** Builds {@link ComplaintView}s for a caller: personal data in the clear only for those who may see it. */
@Component
public class ComplaintViews {

    private final PersonalDataProtection personalData;
    private final ZoneId zone;

    public ComplaintViews(PersonalDataProtection personalData, DistrictSettings district) {
        this.personalData = personalData;
        this.zone = district.zone();
    }

    public ComplaintView of(ComplaintDocument doc, Caller caller) {
        List<DeadlineKind> missed = new ArrayList<>();
        if (doc.isResponseMissed()) {
            missed.add(DeadlineKind.RESPONSE);
        }
        if (doc.isResolutionMissed()) {
            missed.add(DeadlineKind.RESOLUTION);
        }
        return new ComplaintView(doc.getId(), doc.getNumber(), doc.getChannel(), doc.getChannel().labelZh(),
                doc.getExternalId(), doc.getCategory(), doc.getCategory().labelZh(), doc.getDescription(),
                doc.getEstateId(), doc.getEstateName(), doc.getStreet(), doc.getAddress(), complainant(doc, caller),
                doc.getStatus(), doc.getStatus().labelZh(), assignee(doc.getAssigneeType(), doc.getAssigneeId()),
                local(doc.getReceivedAt(), zone), local(doc.getResponseDueAt(), zone),
                local(doc.getResolutionDueAt(), zone), local(doc.getRespondedAt(), zone),
                local(doc.getResolvedAt(), zone), local(doc.getClosedAt(), zone), doc.getSatisfaction(),
                doc.getProbableDuplicateOf(), doc.getMergedInto(), List.copyOf(doc.getMergedFrom()), missed,
                doc.getUrgings(), doc.getHistory().stream().map(step -> new ComplaintView.StepView(step.kind(),
                        step.kind().labelZh(), local(step.at(), zone), step.by(), local(step.recordedAt(), zone),
                        step.note(), step.satisfaction(), assignee(step.assigneeType(), step.assigneeId()),
                        step.mergedInto(), step.deadline())).toList());
    }

    private ComplaintView.Complainant complainant(ComplaintDocument doc, Caller caller) {
        if (doc.getSealedName() == null && doc.getSealedPhone() == null) {
            return null;
        }
        if (caller.maySeePhoneNumbers()) {
            return new ComplaintView.Complainant(personalData.decrypt(doc.getSealedName()),
                    personalData.decrypt(doc.getSealedPhone()), false);
        }
        String name = personalData.decrypt(doc.getSealedName());
        return new ComplaintView.Complainant(shortened(name), doc.getMaskedPhone(), true);
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***. */
    static String shortened(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    private static ComplaintView.AssigneeView assignee(AssigneeType type, String id) {
        return type == null ? null : new ComplaintView.AssigneeView(type, id, type.labelZh());
    }
}
