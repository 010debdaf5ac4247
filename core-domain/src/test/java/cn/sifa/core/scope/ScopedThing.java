package cn.sifa.core.scope;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "test_scoped_thing")
class ScopedThing extends DivisionScopedEntity {

    private String label;

    protected ScopedThing() {
    }

    ScopedThing(String divisionCode, String label) {
        super(divisionCode);
        this.label = label;
    }

    String getLabel() {
        return label;
    }
}
