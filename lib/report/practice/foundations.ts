import type { PracticeTopic } from "./types";

export const MLOPS: PracticeTopic = {
  id: "mlops",
  summary:
    "MLOps is the engineering that gets models into production and keeps them working: reproducible training, experiment tracking, a model registry, automated deployment, and monitoring for drift and quality once real traffic arrives.",
  probes: [
    "How a model goes from a notebook to a versioned, deployed, monitored service",
    "Drift: how you notice the world changed, and what triggers retraining",
    "Reproducibility: data, code and model versions tied together",
    "For LLM systems: tracing, prompt versioning and evaluation in CI",
  ],
  questions: [
    "Walk through your path from a trained model to production. What is automated, what is manual?",
    "A model's accuracy dropped in production but not offline. What could cause it, and how do you find out?",
    "What do you log for every training run so that anyone can reproduce it?",
    "How would you roll out a new model version safely (shadow, canary, A/B)?",
    "Which metrics would you monitor for a deployed classifier, and which for an LLM feature?",
  ],
  checklist: [
    "Name the tools: MLflow, Kubeflow, SageMaker or Vertex AI pipelines, a feature store.",
    "Describe the pipeline you built or ran, from data to deployment, in one line.",
    "Give an operating number: models in production, deploy frequency, time to retrain, incidents caught.",
  ],
  docs: [
    { title: "MLflow documentation", url: "https://mlflow.org/docs/latest/" },
    { title: "Kubeflow documentation", url: "https://www.kubeflow.org/docs/" },
    { title: "Amazon SageMaker documentation", url: "https://docs.aws.amazon.com/sagemaker/" },
  ],
};

export const ML_FUNDAMENTALS: PracticeTopic = {
  id: "ml-fundamentals",
  summary:
    "Machine learning fundamentals: framing a prediction problem, preparing features, training and validating a model, choosing a metric that matches the business goal, and recognising overfitting, leakage and bias.",
  probes: [
    "Problem framing and the metric you optimize, and why",
    "Validation: splits, cross-validation, leakage",
    "Bias-variance and what you do about each",
    "Knowing when a simple baseline is the right answer",
  ],
  questions: [
    "Your model scores 99% accuracy on a fraud dataset. Why might that be meaningless?",
    "Explain the difference between precision and recall with an example where each matters more.",
    "How do you detect data leakage, and where have you seen it happen?",
    "When would you choose gradient boosting over a neural network for tabular data?",
    "Training loss keeps falling but validation loss rises. What is happening and what do you do?",
    "How would you set up a baseline before building anything complex?",
  ],
  checklist: [
    'Say "machine learning" or name the method (gradient boosting, scikit-learn, XGBoost) in the project line.',
    'State the problem and the metric with its value ("churn model, AUC 0.87").',
    "Show the outcome a business reader understands (revenue kept, hours saved, errors cut).",
  ],
  docs: [
    { title: "scikit-learn user guide", url: "https://scikit-learn.org/stable/user_guide.html" },
    { title: "XGBoost documentation", url: "https://xgboost.readthedocs.io/" },
  ],
};

export const DEEP_LEARNING: PracticeTopic = {
  id: "deep-learning",
  summary:
    "Deep learning trains neural networks — from convolutional networks to transformers — on large data with gradient descent on GPUs. For AI Engineers it is the base of fine-tuning, embeddings and reasoning about what a model can and cannot learn.",
  probes: [
    "Training dynamics: learning rate, batch size, overfitting, mixed precision",
    "Transformers: attention, context length and why they cost what they cost",
    "Fine-tuning versus training from scratch, including parameter-efficient methods (LoRA)",
    "GPU memory and throughput: what fits, and what to do when it does not",
  ],
  questions: [
    "Explain self-attention and why its cost grows with sequence length.",
    "Your fine-tuning run diverges after a few hundred steps. What do you check?",
    "When is LoRA a good choice, and what do you give up compared to full fine-tuning?",
    "How would you fit a model that is too large for one GPU's memory?",
    "How do you know whether more data or a bigger model would help more?",
  ],
  checklist: [
    "Name the framework (PyTorch, TensorFlow, Keras, JAX) in the line that describes the model.",
    "Say what you trained or fine-tuned, on what data, and the result.",
    "Mention scale where it matters: GPUs, dataset size, latency in serving.",
  ],
  docs: [
    { title: "PyTorch documentation", url: "https://docs.pytorch.org/docs/stable/index.html" },
    { title: "TensorFlow guide", url: "https://www.tensorflow.org/guide" },
    { title: "Keras developer guides", url: "https://keras.io/guides/" },
  ],
};

export const SYSTEM_DESIGN: PracticeTopic = {
  id: "system-design",
  summary:
    "AI system design interviews ask you to design an LLM product end to end — retrieval, models, agents, serving, evaluation — and to defend trade-offs between quality, latency and cost with numbers.",
  probes: [
    "Retrieval quality: how the design finds the right context, and how you would measure it",
    "Agent failure modes: what breaks in multi-step flows and how the design contains it",
    "Latency trade-offs: streaming, caching, smaller models, parallel calls",
    "Model selection under cost constraints: routing, cascades, per-request budgets",
  ],
  questions: [
    "Design a support assistant that answers from 50,000 help articles. Where does quality come from, and how do you measure it?",
    "The product needs answers in under one second. Which parts of your design change?",
    "Your traffic grows tenfold. What breaks first, and what does it cost?",
    "How would you route requests between a cheap model and an expensive one?",
    "Design the evaluation and monitoring for an agent that files insurance claims.",
    "What would you cache in an LLM system, and how do you keep the cache correct?",
  ],
  checklist: [
    "Describe systems, not only models: the components you designed and how they fit.",
    "Give the operating numbers: requests per day, p95 latency, cost per request.",
    'Name one trade-off you made and what it bought ("smaller model, 40% cheaper, same eval score").',
  ],
  docs: [
    { title: "OpenAI latency optimization guide", url: "https://platform.openai.com/docs/guides/latency-optimization" },
    { title: "OpenAI evals guide", url: "https://platform.openai.com/docs/guides/evals" },
    { title: "Anthropic prompt caching guide", url: "https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching" },
    { title: "vLLM documentation", url: "https://docs.vllm.ai/" },
  ],
};
