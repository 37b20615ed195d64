package com.acme.blog;

import dev.noormme.Database;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link Blog.Posts}. Thread-safe: one instance may be
 * shared by every thread; each call joins the calling thread's transaction.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Blog_Posts_Impl implements Blog.Posts {
    private final RepositorySupport<Blog.Post, Long> support;

    public Blog_Posts_Impl(Database database) {
        this.support = new RepositorySupport<>(database, Blog_Post_Mapping.INSTANCE, "Blog.Posts");
    }

    @Override
    public Blog.Post insert(Blog.Post entity) {
        return support.insert(entity);
    }

    @Override
    public List<Blog.Post> insertAll(Collection<Blog.Post> entities) {
        return support.insertAll(entities);
    }

    @Override
    public Blog.Post save(Blog.Post entity) {
        return support.save(entity);
    }

    @Override
    public boolean update(Blog.Post entity) {
        return support.update(entity);
    }

    @Override
    public boolean deleteById(Long id) {
        return support.deleteById(id);
    }

    @Override
    public Optional<Blog.Post> findById(Long id) {
        return support.findById(id);
    }

    @Override
    public List<Blog.Post> findAll() {
        return support.findAll();
    }

    @Override
    public Page<Blog.Post> findAll(PageRequest request) {
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
