package io.estatewatch.complaint.handling;

import io.estatewatch.complaint.handling.persistence.ComplaintDocument;
import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

/**
 * Who sees and does what with complaints.
 * <ul>
 *   <li>District admins and officers: every complaint, every step.</li>
 *   <li>A street officer: the complaints of its streets' estates and those dispatched to its street office; it
 *       dispatches, urges, records callbacks and merges them, and handles those dispatched to its office.</li>
 *   <li>A company user: the complaints dispatched to its company; it responds and resolves them.</li>
 *   <li>A hotline system: reads the status of the complaints of its channels.</li>
 *   <li>The public: nothing here (Open311 is its door).</li>
 * </ul>
 * A complaint the caller may not see is answered as not found; one it sees but may not act on, as forbidden.
 */
public final class ComplaintAccess {

    private ComplaintAccess() {
    }

    public static boolean maySee(Caller caller, ComplaintDocument complaint) {
        return switch (caller.role()) {
            case DISTRICT_ADMIN, DISTRICT_OFFICER -> true;
            case STREET_OFFICER -> caller.maySeeStreet(complaint.getStreet())
                    || complaint.getAssigneeType() == AssigneeType.STREET && caller.streets().contains(complaint.getAssigneeId());
            case COMPANY_USER -> complaint.getAssigneeType() == AssigneeType.COMPANY
                    && caller.maySeeCompany(complaint.getAssigneeId());
            case HOTLINE_CLIENT -> caller.mayPushChannel(complaint.getChannel().name());
            case PUBLIC -> false;
        };
    }

    /** The listing's limit for {@code caller}: null for every complaint. */
    public static Criteria scope(Caller caller) {
        return switch (caller.role()) {
            case DISTRICT_ADMIN, DISTRICT_OFFICER -> null;
            case STREET_OFFICER -> new Criteria().orOperator(
                    Criteria.where("street").in(caller.streets()),
                    Criteria.where("assigneeType").is(AssigneeType.STREET.name()).and("assigneeId").in(caller.streets()));
            case COMPANY_USER -> Criteria.where("assigneeType").is(AssigneeType.COMPANY.name())
                    .and("assigneeId").is(caller.companyId());
            case HOTLINE_CLIENT -> caller.channels().contains(Caller.ALL_CHANNELS) ? null
                    : Criteria.where("channel").in(List.copyOf(caller.channels()));
            case PUBLIC -> throw new AccessDeniedException("Complaints are not public; Open311 is the public door.");
        };
    }

    /** Dispatching, urging, callbacks and merges: district staff, and street officers for what they see. */
    public static void requireDispatcher(Caller caller, ComplaintDocument complaint) {
        if (!(caller.seesAllStreets() || caller.role() == Role.STREET_OFFICER && maySee(caller, complaint))) {
            throw new AccessDeniedException("Only district staff and the complaint's street officers dispatch, urge, "
                    + "call back and merge complaints.");
        }
    }

    /** Responding and resolving: the assignee (its company's users, its street office), and district staff. */
    public static void requireHandler(Caller caller, ComplaintDocument complaint) {
        boolean assignee = switch (caller.role()) {
            case DISTRICT_ADMIN, DISTRICT_OFFICER -> true;
            case STREET_OFFICER, COMPANY_USER -> maySee(caller, complaint);
            default -> false;
        };
        if (!assignee) {
            throw new AccessDeniedException("Only the complaint's assignee and district staff respond to and resolve it.");
        }
    }

    /** Reading complaints at all. */
    public static void requireReader(Caller caller) {
        if (caller.role() == Role.PUBLIC) {
            throw new AccessDeniedException("Complaints are not public; Open311 is the public door.");
        }
    }
}
