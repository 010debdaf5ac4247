package cn.sifa.mediation.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sifa.mediation.mediator.Gender;

class CommitteeTest {

    static CommitteeMember member(String name, Gender g, MemberPosition p) {
        return new CommitteeMember(name, g, p, false, null);
    }

    static Committee committee(List<CommitteeMember> members) {
        return new Committee("430105001", "东风路街道人民调解委员会", CommitteeType.TOWNSHIP_STREET, null,
                LocalDate.of(2024, 3, 1), null, null, null, members);
    }

    @Test
    void aProperlyComposedCommitteeHasNoWarnings() {
        Committee c = committee(List.of(member("甲", Gender.FEMALE, MemberPosition.DIRECTOR), member("乙", Gender.MALE, MemberPosition.MEMBER),
                member("丙", Gender.MALE, MemberPosition.MEMBER)));
        assertThat(c.warnings()).isEmpty();
        assertThat(c.getTermEndsOn()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void tooFewMembersNoDirectorAndNoWomanAreEachWarned() {
        Committee c = committee(List.of(member("甲", Gender.MALE, MemberPosition.MEMBER), member("乙", Gender.MALE, MemberPosition.MEMBER)));
        assertThat(c.warnings()).extracting(CompositionWarning::code).containsExactly("member-count", "director", "no-woman");
    }

    @Test
    void tenMembersOrTwoDirectorsAreWarned() {
        List<CommitteeMember> ten = new ArrayList<>();
        ten.add(member("主任", Gender.FEMALE, MemberPosition.DIRECTOR));
        ten.add(member("主任二", Gender.MALE, MemberPosition.DIRECTOR));
        for (int i = 0; i < 8; i++) {
            ten.add(member("委员" + i, Gender.MALE, MemberPosition.MEMBER));
        }
        assertThat(committee(ten).warnings()).extracting(CompositionWarning::code).containsExactly("member-count", "director");
    }

    @Test
    void aNewTermRunsThreeYears() {
        Committee c = committee(List.of());
        c.startTerm(LocalDate.of(2027, 3, 1), List.of());
        assertThat(c.getTermEndsOn()).isEqualTo(LocalDate.of(2030, 2, 28));
    }
}
