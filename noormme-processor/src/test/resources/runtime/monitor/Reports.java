package monitor;

import dev.noormme.annotations.Query;
import dev.noormme.annotations.Repository;
import dev.noormme.annotations.SlowQueryThreshold;
import dev.noormme.repository.CrudRepository;

/** The same query as Tasks', under a repository threshold that wins over the database's default. */
@Repository
@SlowQueryThreshold("1h")
public interface Reports extends CrudRepository<Task, Long> {

    @Query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT count(*) FROM c")
    long countToThreeHundredThousand();
}
