package io.estatewatch.events;

/** One topic per bounded context; events are kept forever so every aggregate can be rebuilt. */
public enum Topic {
    REGISTER("estatewatch.register.events"),
    COMPLAINT("estatewatch.complaint.events"),
    FILING("estatewatch.filing.events"),
    ASSESSMENT("estatewatch.assessment.events"),
    RENOVATION("estatewatch.renovation.events");

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    public String topicName() {
        return topicName;
    }
}
