package dev.kfj.compiler;

/**
 * The stable codes of kfj's diagnostics. Each is documented in {@code docs/errors.md} with its
 * cause, an example and the fix; codes are never reused for another meaning.
 */
public enum ErrorCode {
    /** A name is empty after sanitising, or has characters Argo does not accept. */
    INVALID_NAME("KFJ-101"),
    /** A name is longer than Argo or Kubernetes allow. */
    NAME_TOO_LONG("KFJ-102"),
    /** Two steps have the same name after sanitising. */
    DUPLICATE_STEP("KFJ-103"),
    /** Two different components, or a component and the pipeline, share a template name. */
    DUPLICATE_TEMPLATE("KFJ-104"),
    /** Two pipeline parameters share a name. */
    DUPLICATE_PARAMETER("KFJ-105"),
    /** A component declares two inputs or outputs with the same name. */
    DUPLICATE_PORT("KFJ-106"),
    /** Steps depend on one another in a circle. */
    CYCLE("KFJ-201"),
    /** A step depends on, or reads an output of, a step that is not in the pipeline. */
    UNKNOWN_STEP("KFJ-202"),
    /** A required input of a step is not bound. */
    MISSING_INPUT("KFJ-203"),
    /** A value of one type is bound to an input of another. */
    TYPE_MISMATCH("KFJ-204"),
    /** A step binds an input its component does not declare. */
    UNKNOWN_INPUT("KFJ-205"),
    /** A step uses a parameter that is not registered in this pipeline. */
    UNKNOWN_PARAMETER("KFJ-206"),
    /** A step reads an output its producer's component does not declare. */
    UNKNOWN_OUTPUT("KFJ-207"),
    /** A literal or default is not a legal value of its type, or not among the allowed values. */
    INVALID_VALUE("KFJ-208"),
    /** A component's command, args or env use an input or output it does not declare. */
    UNDECLARED_PORT("KFJ-209"),
    /** A container component has no image. */
    MISSING_IMAGE("KFJ-210"),
    /** A value is used where it does not exist: a loop item outside its loop, a step output inside a branch read from outside, the run status outside an exit handler. */
    OUT_OF_SCOPE("KFJ-211"),
    /** A condition branch, loop body or exit handler adds no steps. */
    EMPTY_GROUP("KFJ-212"),
    /** A loop runs over, or a fan-in collects, something that is not a list of parameter values. */
    NOT_A_LIST("KFJ-213"),
    /** An operational setting is invalid or cannot apply (bad duration, settings on a template reference, ...). */
    INVALID_SETTING("KFJ-214"),
    /** A condition compares values that cannot be compared (artifacts, or ordering on text). */
    INVALID_CONDITION("KFJ-215"),
    /** The pipeline is compiled as a CronWorkflow but has no schedule. */
    MISSING_SCHEDULE("KFJ-216"),
    /** A step is cached although it reads artifacts, which the cache key does not cover (a warning). */
    CACHE_IGNORES_ARTIFACTS("KFJ-217"),
    /** User text contains {@code {{}, which Argo would read as a template tag. */
    TEMPLATE_BRACES("KFJ-301"),
    /** More templates than Argo accepts in one workflow. */
    TOO_MANY_TEMPLATES("KFJ-401"),
    /** More tasks than Argo accepts in one DAG. */
    TOO_MANY_TASKS("KFJ-402"),
    /** The workflow is larger than the Kubernetes object size limit. */
    TOO_LARGE("KFJ-403"),
    /** The workflow is close to the Kubernetes object size limit. */
    NEARLY_TOO_LARGE("KFJ-404");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /** The printed code, e.g. {@code KFJ-103}. */
    public String code() {
        return code;
    }
}
