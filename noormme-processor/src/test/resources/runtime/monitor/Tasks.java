package monitor;

import dev.noormme.annotations.Query;
import dev.noormme.annotations.Repository;
import dev.noormme.annotations.SlowQueryThreshold;
import dev.noormme.repository.CrudRepository;

/** Its counting query is slow under a 1 ms threshold; the rest keep the environment's default. */
@Repository
public interface Tasks extends CrudRepository<Task, Long> {

    @SlowQueryThreshold("1ms")
    @Query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT count(*) FROM c")
    long countToThreeHundredThousand();
}
