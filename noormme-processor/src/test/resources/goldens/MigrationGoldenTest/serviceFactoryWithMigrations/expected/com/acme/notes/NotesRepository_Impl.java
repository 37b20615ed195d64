package com.acme.notes;

import dev.noormme.Database;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link NotesRepository}. Thread-safe: one instance may be
 * shared by every thread; each call joins the calling thread's transaction.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class NotesRepository_Impl implements NotesRepository {
    private final RepositorySupport<Note, Long> support;

    public NotesRepository_Impl(Database database) {
        this.support = new RepositorySupport<>(database, Note_Mapping.INSTANCE, "NotesRepository");
    }

    @Override
    public Note insert(Note entity) {
        return support.insert(entity);
    }

    @Override
    public List<Note> insertAll(Collection<Note> entities) {
        return support.insertAll(entities);
    }

    @Override
    public Note save(Note entity) {
        return support.save(entity);
    }

    @Override
    public boolean update(Note entity) {
        return support.update(entity);
    }

    @Override
    public boolean deleteById(Long id) {
        return support.deleteById(id);
    }

    @Override
    public Optional<Note> findById(Long id) {
        return support.findById(id);
    }

    @Override
    public List<Note> findAll() {
        return support.findAll();
    }

    @Override
    public Page<Note> findAll(PageRequest request) {
        return support.findAll(request);
    }

    @Override
    public long count() {
        return support.count();
    }

    @Override
    public boolean existsById(Long id) {
        return support.existsById(id);
    }
}
