import { z } from 'zod';

// Validation messages that reach people (bank problems shown to learners and centre administrators, the bank
// checker) are in Chinese. Imported for this side effect by the schemas that produce such messages.
z.config(z.locales.zhCN());
