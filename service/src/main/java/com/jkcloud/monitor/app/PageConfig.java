package com.jkcloud.monitor.app;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;
import org.bson.types.ObjectId;

import java.time.Instant;

/** An operator's configuration of one page ({@code discovery} or {@code mine}); absent = the shipped default. */
@MongoEntity(collection = "app_pages")
public class PageConfig {
    public static final String DISCOVERY = "discovery";
    public static final String MINE = "mine";

    @BsonId
    public String page;
    /** The page as the API shows it; {@code mine}'s groups sit under {@code groups}. */
    public Document content;
    public Instant updatedAt;
    public ObjectId updatedBy;
}
