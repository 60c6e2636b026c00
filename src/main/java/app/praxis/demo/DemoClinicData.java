package app.praxis.demo;

import java.math.BigDecimal;
import java.util.List;

/** The people of the demo clinic: fixed, so the README can name them and every start looks the same. */
final class DemoClinicData {

    static final String PASSWORD = "praxis-demo-2026";
    static final String ADMIN_EMAIL = "admin@praxis.demo";

    record DemoSpecialization(String name, String description) {}

    record DemoDoctor(
            String first,
            String last,
            String gender,
            String specialization,
            int years,
            String clinic,
            String fee,
            String rating,
            boolean accepting,
            String bio) {

        String email() {
            return "dr." + DemoClinicData.slug(last) + "@praxis.demo";
        }

        BigDecimal consultationFee() {
            return new BigDecimal(fee);
        }
    }

    record DemoPatient(String first, String last, String gender, int birthYear, String insurance, String history) {

        String email() {
            return DemoClinicData.slug(first) + "." + DemoClinicData.slug(last) + "@example.org";
        }
    }

    static final List<DemoSpecialization> SPECIALIZATIONS = List.of(
            new DemoSpecialization("General Practice", "First point of contact for all health concerns"),
            new DemoSpecialization("Cardiology", "Heart and circulation"),
            new DemoSpecialization("Dermatology", "Skin, hair and nails"),
            new DemoSpecialization("Pediatrics", "Children and adolescents"),
            new DemoSpecialization("Orthopedics", "Bones, joints and muscles"),
            new DemoSpecialization("Neurology", "Brain, spinal cord and nerves"),
            new DemoSpecialization("Gynecology", "Women's health"));

    static final List<DemoDoctor> DOCTORS = List.of(
            new DemoDoctor(
                    "Anna",
                    "Weber",
                    "Female",
                    "General Practice",
                    14,
                    "Praxis Mitte",
                    "60.00",
                    "4.80",
                    true,
                    "Family doctor with a focus on prevention and chronic care."),
            new DemoDoctor(
                    "Jonas",
                    "Becker",
                    "Male",
                    "General Practice",
                    6,
                    "Praxis Mitte",
                    "55.00",
                    "4.50",
                    true,
                    "Sports medicine and travel vaccinations."),
            new DemoDoctor(
                    "Leyla",
                    "Yilmaz",
                    "Female",
                    "Cardiology",
                    19,
                    "Herzzentrum Ost",
                    "120.00",
                    "4.90",
                    true,
                    "Echocardiography, hypertension and heart-failure clinics."),
            new DemoDoctor(
                    "Markus",
                    "Hoffmann",
                    "Male",
                    "Cardiology",
                    25,
                    "Herzzentrum Ost",
                    "140.00",
                    "4.30",
                    true,
                    "Rhythm disorders and pacemaker follow-up."),
            new DemoDoctor(
                    "Sofia",
                    "Rossi",
                    "Female",
                    "Dermatology",
                    9,
                    "Hautpraxis am Park",
                    "90.00",
                    "4.70",
                    true,
                    "Skin cancer screening, eczema and acne."),
            new DemoDoctor(
                    "David",
                    "Schulz",
                    "Male",
                    "Dermatology",
                    3,
                    "Hautpraxis am Park",
                    "80.00",
                    "4.10",
                    false,
                    "Allergology; not taking new patients this quarter."),
            new DemoDoctor(
                    "Mia",
                    "Fischer",
                    "Female",
                    "Pediatrics",
                    11,
                    "Kinderpraxis Sonnenschein",
                    "70.00",
                    "4.95",
                    true,
                    "Check-ups, vaccinations and childhood asthma."),
            new DemoDoctor(
                    "Lukas",
                    "Wagner",
                    "Male",
                    "Pediatrics",
                    16,
                    "Kinderpraxis Sonnenschein",
                    "70.00",
                    "4.60",
                    true,
                    "Newborn care and developmental assessments."),
            new DemoDoctor(
                    "Elena",
                    "Novak",
                    "Female",
                    "Orthopedics",
                    13,
                    "Ortho am Ring",
                    "110.00",
                    "4.40",
                    true,
                    "Knee and shoulder injuries, sports orthopedics."),
            new DemoDoctor(
                    "Tobias",
                    "Klein",
                    "Male",
                    "Neurology",
                    21,
                    "Neurozentrum Nord",
                    "130.00",
                    "4.75",
                    true,
                    "Headache, epilepsy and sleep medicine."),
            new DemoDoctor(
                    "Hannah",
                    "Richter",
                    "Female",
                    "Gynecology",
                    17,
                    "Frauenpraxis Mitte",
                    "100.00",
                    "4.85",
                    true,
                    "Prenatal care and preventive screening."),
            new DemoDoctor(
                    "Omar",
                    "Haddad",
                    "Male",
                    "Neurology",
                    8,
                    "Neurozentrum Nord",
                    "115.00",
                    "4.20",
                    true,
                    "Multiple sclerosis and movement disorders."));

    static final List<DemoPatient> PATIENTS = List.of(
            new DemoPatient("Paul", "Neumann", "Male", 1984, "TK 4711-0001", "Mild asthma; penicillin allergy."),
            new DemoPatient("Lena", "Schwarz", "Female", 1992, "AOK 4711-0002", "Migraine with aura."),
            new DemoPatient("Felix", "Zimmermann", "Male", 1958, "Barmer 4711-0003", "Hypertension, type 2 diabetes."),
            new DemoPatient("Emma", "Braun", "Female", 2016, "TK 4711-0004", "Childhood asthma."),
            new DemoPatient("Noah", "Krüger", "Male", 2019, "DAK 4711-0005", "No known conditions."),
            new DemoPatient("Marie", "Hofmann", "Female", 1975, "Private: Allianz 88-2231", "Hypothyroidism."),
            new DemoPatient("Ben", "Hartmann", "Male", 1969, "AOK 4711-0007", "Knee replacement (left), 2021."),
            new DemoPatient("Clara", "Lange", "Female", 1988, "TK 4711-0008", "Pregnancy, 2nd trimester."),
            new DemoPatient("Elias", "Schmitt", "Male", 2001, "Barmer 4711-0009", "Acne; isotretinoin 2020."),
            new DemoPatient("Lina", "Werner", "Female", 1996, "TK 4711-0010", "Atopic dermatitis."),
            new DemoPatient("Finn", "Krause", "Male", 1950, "AOK 4711-0011", "Atrial fibrillation; anticoagulated."),
            new DemoPatient("Sophie", "Meier", "Female", 1981, "DAK 4711-0012", "None."),
            new DemoPatient("Leon", "Lehmann", "Male", 1990, "TK 4711-0013", "Epilepsy, well controlled."),
            new DemoPatient("Ida", "Schmid", "Female", 1963, "Private: AXA 77-1290", "Osteoporosis."),
            new DemoPatient("Jakob", "Schulze", "Male", 1977, "Barmer 4711-0015", "Sleep apnea."),
            new DemoPatient("Mila", "Maier", "Female", 2012, "TK 4711-0016", "Peanut allergy."),
            new DemoPatient("Anton", "Köhler", "Male", 1945, "AOK 4711-0017", "Heart failure NYHA II."),
            new DemoPatient("Ella", "Herrmann", "Female", 1999, "DAK 4711-0018", "None."),
            new DemoPatient("Moritz", "König", "Male", 1986, "TK 4711-0019", "Lower back pain."),
            new DemoPatient("Lea", "Walter", "Female", 1972, "Barmer 4711-0020", "Melanoma removed 2019."),
            new DemoPatient("Henry", "Mayer", "Male", 2008, "TK 4711-0021", "ADHD."),
            new DemoPatient("Frieda", "Huber", "Female", 1955, "AOK 4711-0022", "Type 2 diabetes, neuropathy."),
            new DemoPatient("Karl", "Kaiser", "Male", 1966, "Private: DKV 55-0192", "High cholesterol."),
            new DemoPatient("Greta", "Fuchs", "Female", 1994, "TK 4711-0024", "Psoriasis."),
            new DemoPatient("Oskar", "Peters", "Male", 1983, "DAK 4711-0025", "Tennis elbow."),
            new DemoPatient("Luisa", "Lang", "Female", 1979, "Barmer 4711-0026", "Endometriosis."),
            new DemoPatient("Theo", "Scholz", "Male", 2020, "TK 4711-0027", "Recurrent ear infections."),
            new DemoPatient("Nora", "Möller", "Female", 1960, "AOK 4711-0028", "Parkinson's disease, early."),
            new DemoPatient("Samuel", "Weiß", "Male", 1997, "TK 4711-0029", "None."),
            new DemoPatient("Johanna", "Jung", "Female", 1987, "Private: Signal 12-884", "Hashimoto's."));

    private DemoClinicData() {}

    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
    }
}
