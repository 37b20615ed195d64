package dev.noormme.it;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@Repository
// A few hundred random rows: scans are the point, not a mistake.
@SuppressWarnings("noormme-index")
public interface LabelsRepository extends CrudRepository<Label, Long> {

    List<Label> findByCode(String code);

    List<Label> findByCodeAndStamped(String code, Instant stamped);

    long countByStamped(Instant stamped);
}
