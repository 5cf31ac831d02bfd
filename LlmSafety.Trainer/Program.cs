Console.WriteLine("LlmSafety trainer: nothing to train yet.");
return 0;
