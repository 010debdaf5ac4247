package cn.sifa.core.division;

public enum DivisionLevel {
    PROVINCE("省级"), CITY("地级"), COUNTY("县级"), TOWN("乡级");

    private final String label;

    DivisionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
