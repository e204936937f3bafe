package org.oversight.ingest.cyclonedx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.InputOutputParameter;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.component.modelCard.PerformanceMetric;
import org.cyclonedx.model.component.modelCard.QuantitativeAnalysis;
import org.cyclonedx.model.component.modelCard.consideration.EnvironmentalConsideration;
import org.cyclonedx.model.component.modelCard.consideration.FairnessAssessment;
import org.cyclonedx.model.component.modelCard.consideration.Risk;
import org.cyclonedx.model.component.modelCard.consideration.consumption.EnergyConsumption;
import org.cyclonedx.model.component.modelCard.consideration.consumption.co2.CO2Measure;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyMeasure;
import org.cyclonedx.model.component.data.Graphics;

/**
 * A model card as properties of its {@code Model} node: scalars for the model parameters, and
 * lists of strings for metrics and considerations, since the graph stores no nested values.
 * The training datasets become {@code TRAINED_ON} edges (see {@link BomMapper}); images are not
 * stored, only their names.
 */
final class ModelCards {

    private ModelCards() {
    }

    static void describe(ModelCard card, NodeProperties model) {
        model.scalar("hasModelCard", card != null);
        if (card == null) {
            return;
        }
        parameters(card.getModelParameters(), model);
        quantitativeAnalysis(card.getQuantitativeAnalysis(), model);
        considerations(card.getConsiderations(), model);
    }

    private static void parameters(ModelParameters parameters, NodeProperties model) {
        if (parameters == null) {
            return;
        }
        if (parameters.getApproach() != null && parameters.getApproach().getType() != null) {
            model.text("approachType", parameters.getApproach().getType().getTypeName());
        }
        model.text("modelTask", parameters.getTask());
        model.text("architectureFamily", parameters.getArchitectureFamily());
        model.text("modelArchitecture", parameters.getModelArchitecture());
        model.texts("inputFormats", map(parameters.getInputs(), InputOutputParameter::getFormat));
        model.texts("outputFormats", map(parameters.getOutputs(), InputOutputParameter::getFormat));
    }

    private static void quantitativeAnalysis(QuantitativeAnalysis analysis, NodeProperties model) {
        if (analysis == null) {
            return;
        }
        model.texts("performanceMetrics", map(analysis.getPerformanceMetrics(), ModelCards::metric));
        Graphics graphics = analysis.getGraphics();
        if (graphics != null) {
            model.texts("performanceGraphics", map(graphics.getCollection(), Graphics.Graphic::getName));
            if (graphics.getDescription() != null && !model.has("performanceGraphics")) {
                model.text("performanceGraphics", graphics.getDescription());
            }
        }
    }

    /** "AUC=0.87 (holdout 2025) [0.85, 0.89]": type, value, slice and confidence interval as given. */
    static String metric(PerformanceMetric metric) {
        StringBuilder text = new StringBuilder(orElse(metric.getType(), "metric"));
        text.append('=').append(orElse(metric.getValue(), "?"));
        if (metric.getSlice() != null && !metric.getSlice().isBlank()) {
            text.append(" (").append(metric.getSlice().strip()).append(')');
        }
        PerformanceMetric.ConfidenceInterval interval = metric.getConfidenceInterval();
        if (interval != null && (interval.getLowerBound() != null || interval.getUpperBound() != null)) {
            text.append(" [").append(orElse(interval.getLowerBound(), "?")).append(", ")
                    .append(orElse(interval.getUpperBound(), "?")).append(']');
        }
        return text.toString();
    }

    private static void considerations(Considerations considerations, NodeProperties model) {
        if (considerations == null) {
            return;
        }
        model.texts("intendedUsers", considerations.getUsers());
        model.texts("useCases", considerations.getUseCases());
        model.texts("technicalLimitations", considerations.getTechnicalLimitations());
        model.texts("performanceTradeoffs", considerations.getPerformanceTradeoffs());
        model.texts("ethicalConsiderations", map(considerations.getEthicalConsiderations(), ModelCards::risk));
        model.texts("fairnessAssessments", map(considerations.getFairnessAssessments(), ModelCards::fairness));
        EnvironmentalConsideration environment = considerations.getEnvironmentalConsiderations();
        if (environment != null) {
            model.texts("energyConsumptions", map(environment.getEnergyConsumptions(), ModelCards::energy));
        }
    }

    /** "name: mitigation strategy". */
    static String risk(Risk risk) {
        String name = blankToNull(risk.getName());
        String mitigation = blankToNull(risk.getMitigationStrategy());
        if (name == null) {
            return mitigation == null ? null : "mitigation: " + mitigation;
        }
        return mitigation == null ? name : name + ": " + mitigation;
    }

    /** "group at risk: benefits ...; harms ...; mitigation ...". */
    static String fairness(FairnessAssessment assessment) {
        List<String> parts = new ArrayList<>();
        if (blankToNull(assessment.getBenefits()) != null) {
            parts.add("benefits: " + assessment.getBenefits().strip());
        }
        if (blankToNull(assessment.getHarms()) != null) {
            parts.add("harms: " + assessment.getHarms().strip());
        }
        if (blankToNull(assessment.getMitigationStrategy()) != null) {
            parts.add("mitigation: " + assessment.getMitigationStrategy().strip());
        }
        String group = orElse(assessment.getGroupAtRisk(), "group not named");
        return parts.isEmpty() ? group : group + ": " + String.join("; ", parts);
    }

    /** "training: 120.5 kWh, 0.004 tCO2eq". */
    static String energy(EnergyConsumption consumption) {
        List<String> parts = new ArrayList<>();
        EnergyMeasure cost = consumption.getActivityEnergyCost();
        if (cost != null) {
            parts.add(number(cost.getValue()) + (cost.getUnit() == null ? "" : " " + cost.getUnit().getName()));
        }
        CO2Measure co2 = consumption.getCo2CostEquivalent();
        if (co2 != null) {
            parts.add(number(co2.getValue()) + (co2.getUnit() == null ? "" : " " + co2.getUnit().getName()));
        }
        CO2Measure offset = consumption.getCo2CostOffset();
        if (offset != null) {
            parts.add("offset " + number(offset.getValue()) + (offset.getUnit() == null ? "" : " " + offset.getUnit().getName()));
        }
        String activity = consumption.getActivity() == null ? "activity" : consumption.getActivity().getName();
        return parts.isEmpty() ? activity : activity + ": " + String.join(", ", parts);
    }

    private static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static <T> List<String> map(List<T> items, Function<T, String> text) {
        if (items == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (T item : items) {
            String value = item == null ? null : text.apply(item);
            if (value != null) {
                texts.add(value);
            }
        }
        return texts;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
