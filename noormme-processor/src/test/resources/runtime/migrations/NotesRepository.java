package notes;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;

@Repository
public interface NotesRepository extends CrudRepository<Note, Long> {}
