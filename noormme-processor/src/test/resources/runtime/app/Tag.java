package app;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;
import dev.noormme.annotations.Transient;

@Table
public class Tag {
    @Id
    private int id;
    private String label;
    @Transient
    public String scratch;

    public Tag() {
    }

    public Tag(String label) {
        this.label = label;
    }

    public int getId() {
        return id;
    }

    public void setId(int id) {
        this.id = id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
