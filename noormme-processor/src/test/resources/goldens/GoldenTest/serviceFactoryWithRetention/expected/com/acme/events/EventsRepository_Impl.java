package com.acme.events;

import dev.noormme.Database;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link EventsRepository}. Thread-safe: one instance may be
 * shared by every thread; each call joins the calling thread's transaction.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class EventsRepository_Impl implements EventsRepository {
    private final RepositorySupport<Event, Long> support;

    public EventsRepository_Impl(Database database) {
        this.support = new RepositorySupport<>(database, Event_Mapping.INSTANCE, "EventsRepository");
    }

    @Override
    public Event insert(Event entity) {
        return support.insert(entity);
    }

    @Override
    public List<Event> insertAll(Collection<Event> entities) {
        return support.insertAll(entities);
    }

    @Override
    public Event save(Event entity) {
        return support.save(entity);
    }

    @Override
    public boolean update(Event entity) {
        return support.update(entity);
    }

    @Override
    public boolean deleteById(Long id) {
        return support.deleteById(id);
    }

    @Override
    public Optional<Event> findById(Long id) {
        return support.findById(id);
    }

    @Override
    public List<Event> findAll() {
        return support.findAll();
    }

    @Override
    public Page<Event> findAll(PageRequest request) {
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
