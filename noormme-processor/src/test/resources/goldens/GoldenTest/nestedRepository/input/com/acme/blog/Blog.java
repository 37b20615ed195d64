package com.acme.blog;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Repository;
import dev.noormme.annotations.Table;
import dev.noormme.repository.CrudRepository;
import java.time.Instant;

public final class Blog {
    private Blog() {
    }

    @Table("posts")
    public record Post(@Id long id, String title, Instant publishedAt) {
    }

    @Repository
    public interface Posts extends CrudRepository<Post, Long> {
    }
}
