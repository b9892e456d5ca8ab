package io.estatewatch.renovation.programme.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ProgrammeRepository extends MongoRepository<ProgrammeDocument, String> {

    Page<ProgrammeDocument> findByDistrictId(String districtId, Pageable pageable);
}
