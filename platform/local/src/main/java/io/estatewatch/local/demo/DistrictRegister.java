package io.estatewatch.local.demo;

import io.estatewatch.local.demo.DistrictPlan.Company;
import io.estatewatch.local.demo.DistrictPlan.Estate;
import io.estatewatch.local.demo.DistrictPlan.EstateAge;
import io.estatewatch.local.demo.DistrictPlan.Street;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The district's register as the period finds it: its streets and towns with their communities, the property
 * companies, the estates (old works' housing, estates of the 2000s and 2010s, the ones built lately, and the ones
 * being built in the period) and which company managed which estate before the period. The estates of the
 * renovation programme are old ones whose floor areas and households add up to the programme's.
 *
 * @param historicalManager estate key → company key, for the estates managed before the period
 * @param renovationEstates the estates the renovation projects take, one per project
 */
record DistrictRegister(List<Street> streets, List<Company> companies, List<Estate> estates,
                        Map<String, String> historicalManager, List<String> renovationEstates) {

    /** The administrative division in the companies' credit codes. */
    static final String DIVISION = "330106";

    /** How many estates a plan needs built lately (takeovers beyond the new estates, and one more still pending). */
    static int recentEstates(DemoFigures targets) {
        return Math.max(0, takeoversOnRecentEstates(targets)) + 1;
    }

    static int takeoversOnRecentEstates(DemoFigures targets) {
        Map<String, Integer> f = targets.filingsCompleted();
        return f.get("TAKEOVER_INSPECTION") - Math.min(f.get("TAKEOVER_INSPECTION"), selectedNewEstates(targets));
    }

    /** New estates whose company is chosen in the period: by negotiation or under a preliminary contract. */
    static int selectedNewEstates(DemoFigures targets) {
        return targets.filingsCompleted().get("NEGOTIATED_SELECTION") + targets.filingsCompleted().get("PRELIMINARY_CONTRACT");
    }

    static int newEstates(DemoFigures targets) {
        return selectedNewEstates(targets) + Math.max(0, targets.filingsCompleted().get("PRE_TENDER") - selectedNewEstates(targets));
    }

    static DistrictRegister generate(DemoFigures targets, Random random) {
        int established = targets.establishedEstates();
        int recent = recentEstates(targets);
        int fresh = newEstates(targets);
        if (recent + targets.renovationProjects() + 12 > established) {
            throw new IllegalArgumentException("a district of " + established + " estates cannot hold " + recent
                    + " recent ones and " + targets.renovationProjects() + " renovation projects");
        }
        int total = established + fresh;
        int urbanCount = Math.max(2, Math.min(12, Math.round(total / 24f)));
        int townCount = Math.max(1, Math.min(8, Math.round(total / 48f)));
        List<Street> streets = new ArrayList<>();
        List<String> urban = DistrictNames.urbanStreets(random, urbanCount);
        List<String> towns = DistrictNames.towns(random, townCount);
        for (String name : urban) {
            streets.add(new Street(name, true, true, DistrictNames.communities(random, 3 + random.nextInt(3))));
        }
        for (int i = 0; i < towns.size(); i++) {
            // The towns around the main urban area are in the assessment's scope; the farthest one is not.
            boolean assessed = towns.size() == 1 || i < towns.size() - 1;
            streets.add(new Street(towns.get(i), false, assessed, DistrictNames.communities(random, 2 + random.nextInt(2))));
        }

        List<Company> companies = new ArrayList<>();
        Set<String> companyNames = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i <= targets.companies(); i++) {
            String code;
            do {
                code = CreditCodes.next(random, DIVISION);
            } while (!codes.add(code));
            companies.add(new Company(String.format("company-%02d", i), DistrictNames.company(random, companyNames),
                    code, DistrictNames.person(random), DistrictNames.mobile(random, phones)));
        }

        Set<String> estateNames = new HashSet<>();
        List<Estate> estates = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < established; i++) {
            EstateAge age = i < established - recent ? EstateAge.ESTABLISHED : EstateAge.RECENT;
            int builtYear;
            if (age == EstateAge.RECENT) {
                builtYear = 2020 + random.nextInt(2);
            } else {
                double draw = random.nextDouble();
                builtYear = draw < 0.35 ? 1985 + random.nextInt(15) : draw < 0.85 ? 2000 + random.nextInt(16)
                        : 2016 + random.nextInt(4);
            }
            Street street = pickStreet(random, streets, 3);
            estates.add(estate(random, ++number, street, builtYear, age, estateNames));
        }
        for (int i = 0; i < fresh; i++) {
            estates.add(estate(random, ++number, pickStreet(random, streets, 5), 2022, EstateAge.NEW, estateNames));
        }

        List<String> renovation = renovationEstates(targets, random, estates, streets);
        estates = withRenovationSizes(targets, random, estates, renovation);

        Map<String, String> managers = new LinkedHashMap<>();
        List<Estate> managed = new ArrayList<>();
        for (Estate estate : estates) {
            boolean unmanagedOld = estate.age() == EstateAge.ESTABLISHED && estate.builtYear() < 2000
                    && random.nextInt(4) == 0;
            if (estate.age() != EstateAge.NEW && !unmanagedOld) {
                managed.add(estate);
            }
        }
        Collections.shuffle(managed, random);
        double[] weights = new double[companies.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / Math.pow(i + 1, 0.8);
        }
        for (int i = 0; i < managed.size(); i++) {
            int company = i < companies.size() ? i : Apportion.pick(random, weights);
            managers.put(managed.get(i).key(), companies.get(company).key());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        estates.stream().filter(e -> managers.containsKey(e.key())).forEach(e -> ordered.put(e.key(), managers.get(e.key())));
        return new DistrictRegister(List.copyOf(streets), List.copyOf(companies), List.copyOf(estates), ordered,
                renovation);
    }

    List<Estate> estatesOf(EstateAge age) {
        return estates.stream().filter(e -> e.age() == age).toList();
    }

    Street street(String name) {
        return streets.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Street pickStreet(Random random, List<Street> streets, int urbanWeight) {
        double[] weights = streets.stream().mapToDouble(s -> s.urban() ? urbanWeight : 1).toArray();
        return streets.get(Apportion.pick(random, weights));
    }

    private static Estate estate(Random random, int number, Street street, int builtYear, EstateAge age,
                                 Set<String> names) {
        boolean old = builtYear < 2000;
        int households = old ? 150 + random.nextInt(750) : 300 + random.nextInt(1_500);
        double perHousehold = old ? 70 + random.nextInt(25) : 90 + random.nextInt(40);
        double floorArea = Math.round(households * perHousehold / 10.0) * 10.0;
        int buildings = Math.max(1, households / (old ? 30 : 60) + random.nextInt(3));
        String community = street.communities().get(random.nextInt(street.communities().size()));
        String address = DistrictNames.road(random) + (1 + random.nextInt(398)) + "号";
        boolean closed = !old || random.nextInt(5) < 3;
        return new Estate(String.format("estate-%03d", number), DistrictNames.estate(random, old, names),
                street.name(), community, address, buildings, households, floorArea, builtYear, closed, age);
    }

    /** Old established estates, as many as projects, in as few urban streets as hold them. */
    private static List<String> renovationEstates(DemoFigures targets, Random random, List<Estate> estates,
                                                  List<Street> streets) {
        List<Street> urban = new ArrayList<>(streets.stream().filter(Street::urban).toList());
        Collections.shuffle(urban, random);
        urban.sort((a, b) -> Long.compare(oldEstates(estates, b.name()).size(), oldEstates(estates, a.name()).size()));
        List<String> chosen = new ArrayList<>();
        for (Street street : urban) {
            for (Estate estate : oldEstates(estates, street.name())) {
                if (chosen.size() < targets.renovationProjects()) {
                    chosen.add(estate.key());
                }
            }
        }
        if (chosen.size() < targets.renovationProjects()) {
            for (Estate estate : estates) {
                if (estate.age() == EstateAge.ESTABLISHED && !chosen.contains(estate.key())
                        && chosen.size() < targets.renovationProjects()) {
                    chosen.add(estate.key());
                }
            }
        }
        return List.copyOf(chosen);
    }

    private static List<Estate> oldEstates(List<Estate> estates, String street) {
        return estates.stream().filter(e -> e.age() == EstateAge.ESTABLISHED && e.builtYear() < 2000
                && e.street().equals(street)).toList();
    }

    /** The renovated estates take the programme's households and floor area between them, exactly. */
    private static List<Estate> withRenovationSizes(DemoFigures targets, Random random, List<Estate> estates,
                                                    List<String> renovation) {
        double[] weights = new double[renovation.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.7 + 0.6 * random.nextDouble();
        }
        int[] households = Apportion.largestRemainder(targets.renovationHouseholds(), weights);
        long areaUnits = targets.renovationFloorAreaM2() / 500;
        if (areaUnits * 500 != targets.renovationFloorAreaM2()) {
            throw new IllegalArgumentException("the renovation floor area is counted in 500 m² steps: "
                    + targets.renovationFloorAreaM2());
        }
        double[] areaWeights = new double[renovation.size()];
        for (int i = 0; i < areaWeights.length; i++) {
            areaWeights[i] = households[i] * (0.9 + 0.2 * random.nextDouble());
        }
        int[] area = Apportion.largestRemainder((int) areaUnits, areaWeights);
        List<Estate> sized = new ArrayList<>();
        for (Estate estate : estates) {
            int index = renovation.indexOf(estate.key());
            if (index < 0) {
                sized.add(estate);
            } else {
                sized.add(new Estate(estate.key(), estate.name(), estate.street(), estate.community(), estate.address(),
                        Math.max(1, households[index] / 45), households[index], area[index] * 500.0,
                        estate.builtYear(), false, estate.age()));
            }
        }
        return sized;
    }
}
