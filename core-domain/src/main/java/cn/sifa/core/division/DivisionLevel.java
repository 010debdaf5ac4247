package cn.sifa.core.division;

public enum DivisionLevel implements cn.sifa.core.dictionary.Labeled {
    PROVINCE("省级"), CITY("地级"), COUNTY("县级"), TOWN("乡级");

    private final String label;

    DivisionLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
