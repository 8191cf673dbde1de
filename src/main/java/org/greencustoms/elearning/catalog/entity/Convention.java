package org.greencustoms.elearning.catalog.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** One of the trade-related agreements the initiative covers. Reference data, seeded by a migration. */
@Entity
@Table(name = "convention")
@NamedQuery(name = Convention.ALL, query = "select c from Convention c order by c.position")
public class Convention {

    public static final String ALL = "Convention.all";

    @Id
    private String code;

    private String secretariat;

    private String colour;

    private String website;

    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "convention_text", joinColumns = @JoinColumn(name = "convention_code"))
    @MapKeyColumn(name = "lang")
    private Map<String, ConventionText> texts = new HashMap<>();

    protected Convention() {
    }

    public String getCode() {
        return code;
    }

    public String getSecretariat() {
        return secretariat;
    }

    public String getColour() {
        return colour;
    }

    public String getWebsite() {
        return website;
    }

    public int getPosition() {
        return position;
    }

    public ConventionText text(String language) {
        return Localized.pick(texts, language);
    }
}
