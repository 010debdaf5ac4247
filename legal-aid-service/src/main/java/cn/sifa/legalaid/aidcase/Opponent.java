package cn.sifa.legalaid.aidcase;

import java.util.List;

import jakarta.persistence.Embeddable;

/** 对方当事人 of an applicant: a name and, for a natural person, the ID number when known. The conflict check looks for them. */
@Embeddable
public class Opponent {

    private String name;
    private String idNumber;

    protected Opponent() {
    }

    public Opponent(String name, String idNumber) {
        this.name = name;
        this.idNumber = idNumber;
    }

    /** The opponents of a request, trimmed, ID numbers upper-cased, duplicates dropped. */
    public static List<Opponent> of(List<CaseRequests.OpponentRequest> requests) {
        if (requests == null) {
            return List.of();
        }
        return requests.stream()
                .map(r -> new Opponent(r.name().trim(), r.idNumber() == null || r.idNumber().isBlank() ? null : r.idNumber().trim().toUpperCase()))
                .filter(distinctBy())
                .toList();
    }

    private static java.util.function.Predicate<Opponent> distinctBy() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return o -> seen.add(o.name + "|" + o.idNumber);
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }
}
