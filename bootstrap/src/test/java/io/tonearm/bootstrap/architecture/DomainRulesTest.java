package io.tonearm.bootstrap.architecture;

import static io.tonearm.bootstrap.architecture.Planted.assertThatRuleFails;
import static io.tonearm.bootstrap.architecture.Planted.assertThatRulePasses;
import static io.tonearm.bootstrap.architecture.Planted.classes;

import io.tonearm.domain.compliant.Rating;
import io.tonearm.domain.compliant.TypeToken;
import io.tonearm.domain.port.Tracks;
import io.tonearm.domain.violations.MutableTitle;
import io.tonearm.domain.violations.OpenValue;
import org.junit.jupiter.api.Test;

class DomainRulesTest {

    @Test
    void finalFieldsRule_failsOnAFieldThatCanBeReassigned() {
        assertThatRuleFails(DomainRules.domainFieldsAreFinal, classes(MutableTitle.class))
                .hasMessageContaining("Field <" + MutableTitle.class.getName()
                        + ".title> does not have modifier FINAL");
    }

    @Test
    void noSettersRule_failsOnASetter() {
        assertThatRuleFails(DomainRules.domainTypesHaveNoSetters, classes(MutableTitle.class))
                .hasMessageContaining(MutableTitle.class.getName() + ".setTitle(java.lang.String)");
    }

    /* Tracks.setFavorite is a port operation, not a setter of a value: ports are interfaces and not concerned. */
    @Test
    void noSettersRule_leavesPortOperationsNamedSetAlone() {
        assertThatRulePasses(DomainRules.domainTypesHaveNoSetters, classes(Tracks.class, Rating.class));
    }

    @Test
    void finalClassesRule_failsOnAClassASubclassCouldExtend() {
        assertThatRuleFails(DomainRules.domainClassesAreFinal, classes(OpenValue.class))
                .hasMessageContaining(OpenValue.class.getName());
    }

    @Test
    void immutabilityRules_passOnARecordAndAnAbstractTypeToken() {
        assertThatRulePasses(DomainRules.domainFieldsAreFinal, classes(Rating.class, TypeToken.class));
        assertThatRulePasses(DomainRules.domainTypesHaveNoSetters, classes(Rating.class, TypeToken.class));
        assertThatRulePasses(DomainRules.domainClassesAreFinal, classes(Rating.class, TypeToken.class));
    }
}
