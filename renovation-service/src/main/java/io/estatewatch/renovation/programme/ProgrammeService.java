package io.estatewatch.renovation.programme;

import io.estatewatch.renovation.Access;
import io.estatewatch.renovation.DistrictSettings;
import io.estatewatch.renovation.programme.domain.Programme;
import io.estatewatch.renovation.programme.persistence.ProgrammeDocument;
import io.estatewatch.renovation.programme.persistence.ProgrammeRepository;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Registers the district's renovation programmes and looks them up. */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final DistrictSettings district;
    private final Clock clock;

    public ProgrammeService(ProgrammeRepository programmes, DistrictSettings district, Clock clock) {
        this.programmes = programmes;
        this.district = district;
        this.clock = clock;
    }

    /**
     * Registers a programme. Registering the same code and title again answers the programme as it is
     * ({@link Registration#created()} false); the same code with another title is a conflict.
     */
    public Registration register(Caller caller, String code, String title) {
        Access.requireWriter(caller);
        Programme programme = new Programme(district.districtId(), code, title, clock.instant());
        Optional<Programme> existing = find(programme.code());
        if (existing.isPresent()) {
            if (existing.get().sameAs(programme)) {
                return new Registration(existing.get(), false);
            }
            throw new ConflictException("Programme " + programme.code() + " already exists with the title "
                    + existing.get().title() + ".", Map.of("currentTitle", existing.get().title()));
        }
        programmes.insert(ProgrammeDocument.of(programme));
        return new Registration(programme, true);
    }

    public Programme get(Caller caller, String code) {
        Access.requireReader(caller);
        return find(code).orElseThrow(() -> ResourceNotFoundException.of("Programme", code));
    }

    public Page<Programme> list(Caller caller, Pageable page) {
        Access.requireReader(caller);
        Pageable byCode = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("code"));
        return programmes.findByDistrictId(district.districtId(), byCode).map(ProgrammeDocument::toDomain);
    }

    /** The programme a new project is planned in; an unknown code is an invalid {@code programme} field. */
    public Programme requireForPlanning(String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("programme", "is required");
        }
        return find(code).orElseThrow(() -> InvalidInputException.of("programme",
                "names no registered programme; register it first with POST /api/v1/renovation/programmes"));
    }

    private Optional<Programme> find(String code) {
        return programmes.findById(ProgrammeDocument.idOf(district.districtId(), code)).map(ProgrammeDocument::toDomain);
    }

    public record Registration(Programme programme, boolean created) {
    }
}
